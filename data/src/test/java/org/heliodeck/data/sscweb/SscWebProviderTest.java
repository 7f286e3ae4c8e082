package org.heliodeck.data.sscweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.http.HttpSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SscWebProviderTest {

    private static final HttpSettings QUICK = new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(400), 2,
            Duration.ofMillis(10));
    private static final TimeRange HOUR = TimeRange.of("2006-01-08T01:00:00Z", "2006-01-08T02:00:00Z");

    private HttpServer server;
    private SscWebProvider sscweb;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile byte[] locations;

    @BeforeEach
    void start() throws IOException {
        locations = Files.readAllBytes(SharedData.file("services/sscweb/sscweb_trajectory.xml"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/WS/sscr/2/observatories", exchange -> send(exchange,
                Files.readAllBytes(SharedData.file("services/sscweb/sscweb_observatories.xml"))));
        server.createContext("/WS/sscr/2/locations/", exchange -> {
            asked.add(exchange.getRequestURI().getPath());
            send(exchange, locations);
        });
        server.start();
        sscweb = new SscWebProvider(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/WS/sscr/2"),
                QUICK);
    }

    @AfterEach
    void stop() {
        sscweb.close();
        server.stop(0);
    }

    @Test
    void inventoryHasEverySpacecraftWithAPositionPerCoordinateSystem() throws IOException {
        List<InventoryNode> nodes = sscweb.inventory();

        List<InventoryNode> spacecraft = nodes.stream().filter(n -> n.kind() == NodeKind.DATASET).toList();
        assertThat(spacecraft).hasSize(275);
        InventoryNode ace = spacecraft.getFirst();
        assertThat(ace.id()).isEqualTo("ace");
        assertThat(ace.name()).isEqualTo("ACE");
        assertThat(ace.cadence()).isEqualTo(Duration.ofSeconds(720));
        assertThat(ace.coverage()).isEqualTo(TimeRange.of("1997-08-25T17:48:00Z", "2024-05-19T23:48:00Z"));
        assertThat(ace.extra()).containsEntry("spaseId", "spase://SMWG/Observatory/ACE");
        assertThat(nodes).filteredOn(n -> n.parentPath().equals("ace"))
                .extracting(InventoryNode::id).contains("position_gse", "position_gsm", "position_geo");
        InventoryNode gse = nodes.stream().filter(n -> n.path().equals("ace/position_gse")).findFirst().orElseThrow();
        assertThat(gse.coordinateSystem()).isEqualTo("GSE");
        assertThat(gse.components()).containsExactly("X", "Y", "Z");
        assertThat(gse.units()).isEqualTo("km");
    }

    @Test
    void fetchReadsThePositionsAsAVectorInKm() throws IOException {
        List<Variable> variables = sscweb.fetch("moon", List.of("position_gse"), HOUR, FetchContext.UNWATCHED);

        assertThat(asked).containsExactly("/WS/sscr/2/locations/moon/20060108T010000Z,20060108T020000Z/gse/");
        Variable moon = variables.getFirst();
        assertThat(moon.name()).isEqualTo("position_gse");
        assertThat(moon.product()).isEqualTo("moon");
        assertThat(moon.metadata().units()).isEqualTo("km");
        assertThat(moon.metadata().coordinateSystem()).isEqualTo("GSE");
        assertThat(moon.records()).isEqualTo(61);
        assertThat(moon.values().shape()).containsExactly(3);
        assertThat(moon.time().get(0)).isEqualTo(Tt2000.parse("2006-01-08T01:00:00Z"));
        assertThat(moon.values().get(0, 0)).isEqualTo(-102719.89954676693);
        assertThat(moon.values().get(0, 1)).isEqualTo(366124.3077098972);
        assertThat(moon.values().get(0, 2)).isEqualTo(14156.867656075221);
        assertThat(moon.time().get(60)).isEqualTo(Tt2000.parse("2006-01-08T02:00:00Z"));
        assertThat(moon.values().get(60, 0)).isEqualTo(-106043.05851515925);
        assertThat(moon.values().get(60, 1)).isEqualTo(365347.1464026116);
        assertThat(moon.values().get(60, 2)).isEqualTo(14457.399770430566);
    }

    @Test
    void earthRadiiComeFromTheSameRequest() throws IOException {
        List<Variable> both = sscweb.fetch("moon", List.of("position_gse_re", "position_gse"), HOUR, FetchContext.UNWATCHED);

        assertThat(asked).containsExactly("/WS/sscr/2/locations/moon/20060108T010000Z,20060108T020000Z/gse/");
        assertThat(both).extracting(Variable::name).containsExactly("position_gse_re", "position_gse");
        Variable re = both.getFirst();
        assertThat(re.metadata().units()).isEqualTo("Re");
        // The Moon at about 60 Earth radii: 366124.3 km / 6371.2 km.
        assertThat(re.values().get(0, 1)).isCloseTo(57.466, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(re.values().get(0, 0) * 6371.2).isCloseTo(both.get(1).values().get(0, 0), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aSystemMissingFromTheAnswerIsNamed() {
        assertThatThrownBy(() -> sscweb.fetch("moon", List.of("position_gsm"), HOUR, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessage("sscweb: positions of moon over 20060108T010000Z/20060108T020000Z: the answer has no "
                        + "positions in GSM");
    }

    @Test
    void anUnknownParameterIsRefusedBeforeAsking() {
        assertThatThrownBy(() -> sscweb.fetch("moon", List.of("velocity"), HOUR, FetchContext.UNWATCHED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moon has no parameter velocity");
        assertThat(asked).isEmpty();
    }

    @Test
    void aFailureStatusIsAnError() {
        locations = ("<Response xmlns=\"http://sscweb.gsfc.nasa.gov/schema\"><Result><StatusCode>ServerError</StatusCode>"
                + "<StatusText>Unknown satellite nope</StatusText></Result></Response>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sscweb.fetch("nope", List.of("position_gse"), HOUR, FetchContext.UNWATCHED))
                .hasMessageStartingWith("sscweb: positions of nope over ")
                .hasMessageEndingWith("SSCWeb answered ServerError: Unknown satellite nope");
    }

    @Test
    void anExternalEntityIsNotResolved() {
        locations = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Response><Result><StatusCode>&x;</StatusCode></Result></Response>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> sscweb.fetch("moon", List.of("position_gse"), HOUR, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("sscweb: positions of moon over ")
                .hasMessageContaining("not well-formed XML")
                .hasMessageNotContaining("root:");
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
