package org.heliodeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.server.hapi.HapiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's whole path with a web service, here our HAPI server on 127.0.0.1 over the OMNI2 files:
 * add it, fetch its inventory, search it, get data (cached), then get it again with the server gone.
 */
class RemoteProviderCommandsTest {


    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void addUpdateSearchGetThenGetOfflineWhenTheServerIsGone(@TempDir Path dir) throws Exception {
        LocalArchive omni = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        Path online = dir.resolve("online.csv");
        Path offline = dir.resolve("offline.csv");
        try {
            try (HapiServer server = new HapiServer(omni).start("127.0.0.1", 0)) {
                String url = "http://127.0.0.1:" + server.port() + "/hapi";
                assertThat(run("provider", "add", "lab", url)).isZero();
                assertThat(run("provider", "list")).isZero();
                assertThat(cli.out()).contains("lab", url);

                assertThat(run("inventory", "update", "lab")).isZero();
                assertThat(cli.out()).containsPattern("lab +\\d+ products");
                assertThat(run("search", "--provider", "lab", "dst")).isZero();
                assertThat(cli.out()).startsWith("lab/omni2_hourly/Dst").contains("[nT]");

                assertThat(run("get", "lab/omni2_hourly/Dst", "2003-10-30", "2003-11-01", "-o", online.toString())).isZero();
                assertThat(cli.out()).contains("lab/omni2_hourly/Dst: 48 records");
            }
            assertThat(run("get", "--offline", "lab/omni2_hourly/Dst", "2003-10-30", "2003-11-01", "-o", offline.toString())).isZero();
            assertThat(Files.readAllLines(offline)).isEqualTo(Files.readAllLines(online)).hasSize(49)
                    .contains("2003-10-30T22:00:00Z,-383");

            assertThat(run("get", "lab/omni2_hourly/Dst", "2003-11-05", "2003-11-06", "-o", dir.resolve("gone.csv").toString()))
                    .isEqualTo(Main.UNAVAILABLE);
            assertThat(cli.err()).contains("omni2_hourly", "2003-11-05", "cannot connect");
            assertThat(run("inventory", "update", "lab")).isEqualTo(Main.UNAVAILABLE);
            assertThat(cli.out()).contains("lab", "not updated");
        } finally {
            run("provider", "remove", "lab");
        }
        assertThat(run("provider", "list")).isZero();
        assertThat(cli.out()).doesNotContain("lab ");
        assertThat(run("inventory", "list")).isZero();
        assertThat(cli.out()).doesNotContain("lab ");
    }
}
