package org.heliodeck.server.hapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.hapi.HapiClient;
import org.heliodeck.data.hapi.HapiClientSettings;
import org.heliodeck.data.hapi.HapiEndpoint;
import org.heliodeck.data.hapi.HapiProvider;
import org.junit.jupiter.api.Test;

/** Our HAPI client against our HAPI server over the shared OMNI2 files gives what reading the files gives. */
class ClientServerRoundTripTest {

    @Test
    void clientReadsWhatTheFilesHold() throws IOException {
        LocalArchive archive = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        try (HapiServer server = new HapiServer(archive).start("127.0.0.1", 0)) {
            HapiProvider client = new HapiProvider(new HapiClient(
                    HapiEndpoint.of("local", "http://127.0.0.1:" + server.port() + "/hapi"), HapiClientSettings.DEFAULTS));
            TimeRange range = TimeRange.of("2003-10-27T18", "2003-11-03T06");
            // Out of the info's order: the client asks in the server's order and answers in the one asked.
            List<String> parameters = List.of("Dst", "B_GSE", "V", "N_p");
            List<Variable> served = client.fetch("omni2_hourly", parameters, range, FetchContext.UNWATCHED);
            List<Variable> direct = archive.fetch("omni2_hourly", parameters, range, FetchContext.UNWATCHED);
            assertThat(served).extracting(Variable::name).containsExactlyElementsOf(parameters);
            for (int i = 0; i < parameters.size(); i++) {
                Variable s = served.get(i);
                Variable d = direct.get(i);
                assertThat(s.records()).as(parameters.get(i)).isEqualTo(d.records()).isEqualTo(156);
                assertThat(s.metadata().units()).isEqualTo(d.metadata().units());
                for (int r = 0; r < d.records(); r++) {
                    assertThat(s.time().get(r)).isEqualTo(d.time().get(r));
                    for (int k = 0; k < d.values().recordSize(); k++) {
                        double want = d.values().get(r, k);
                        double got = s.values().get(r, k);
                        if (Double.isNaN(want)) {
                            assertThat(got).as(parameters.get(i) + " record " + r).isNaN();
                        } else {
                            assertThat(got).as(parameters.get(i) + " record " + r).isEqualTo(want);
                        }
                    }
                }
            }
            // A HAPI 3.3 catalog with include=all describes every parameter in one request.
            assertThat(client.inventory()).anySatisfy(n -> assertThat(n.id()).isEqualTo("omni2_hourly"))
                    .anySatisfy(n -> {
                        assertThat(n.path()).isEqualTo("omni2_hourly/Dst");
                        assertThat(n.units()).isEqualTo("nT");
                        assertThat(n.description()).containsIgnoringCase("Dst");
                    });
        }
    }
}
