package org.heliodeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {


    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(cli.out()).contains("time", "leap-seconds", "dirs", "version");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"time", "leap-seconds", "dirs", "version", "cdf", "convert", "get", "archive", "serve",
            "cache", "search", "info", "app", "catalog", "detect"}) {
        assertThat(run(command, "--help")).isZero();
            assertThat(cli.out()).startsWith("Usage: heliodeck " + command);
        }
    }

    @Test
    void versionNamesHeliodeckAndJava() {
        assertThat(run("version")).isZero();
        assertThat(cli.out()).contains("heliodeck").contains("Java " + Runtime.version().feature());
    }

    @Test
    void timeShowsEveryCodeOfALeapSecond() {
        assertThat(run("time", "2016-12-31T23:59:60.5Z")).isZero();
        assertThat(cli.out())
                .contains("ISO 8601 UTC   2016-12-31T23:59:60.500Z")
                .contains("day of year    2016-366T23:59:60.500Z")
                .contains("TT2000         536500868684000000")
                .contains("CDF EPOCH      63650447999999")
                .contains("CDF EPOCH16    63650447999,999999999000")
                .contains("Unix seconds   1483228799.999999999")
                .contains("a leap second");
    }

    @Test
    void timeConvertsBetweenCodesForScripts() {
        assertThat(run("time", "--from", "tt2000", "--to", "iso", "536500869184000000", "0")).isZero();
        assertThat(cli.out()).isEqualToNormalizingNewlines("2017-01-01T00:00:00Z\n2000-01-01T11:58:55.816Z\n");
        assertThat(run("time", "--from", "epoch", "--to", "tt2000", "63113904000000")).isZero();
        assertThat(cli.out().strip()).isEqualTo("-43135816000000");
        assertThat(run("time", "--from", "unix", "--to", "doy", "--digits", "3", "1483228800.25")).isZero();
        assertThat(cli.out().strip()).isEqualTo("2017-001T00:00:00.250Z");
    }

    @Test
    void timeReadsOneTimeALineFromStandardInput() {
        String lines = "2017-01-01T00:00:00Z\n\n2016-366T23:59:60Z\n";
        StringWriter printed = new StringWriter();
        CommandLine time = new CommandLine(new TimeCommand(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))));
        time.setOut(new PrintWriter(printed));
        assertThat(time.execute("--to", "tt2000", "-")).isZero();
        assertThat(printed.toString()).isEqualToNormalizingNewlines("536500869184000000\n536500868184000000\n");
    }

    @Test
    void badTimesAreAMessageNotAStackTrace() {
        assertThat(run("time", "2016-02-30")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("cannot read '2016-02-30' as a time: day 30 is not in 1..29").doesNotContain("Exception");
        assertThat(run("time", "--from", "tt2000", "soon")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("'soon' is not a tt2000 number");
    }

    @Test
    void leapSecondsShowsTheTableInForce() {
        assertThat(run("leap-seconds", "--all")).isZero();
        assertThat(cli.out()).contains("last change   2017-01-01: TAI-UTC = 37 s").contains("1961-08-01");
    }

    @Test
    void cdfStatsPrintsOneJsonLineAVariable() {
        String file = SharedData.file("cdf/ac_k2_mfi_20220101_v03.cdf").toString();
        assertThat(run("cdf", "stats", file)).isZero();
        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo(
                "{\"name\":\"Epoch\",\"type\":\"EPOCH\",\"dims\":[],\"records\":24,\"count\":24,\"min\":6.38082144E13,\"max\":6.38082972E13,\"sum\":1.5313981392E15}");
    }

    @Test
    void cdfDumpDescribesLayoutAttributesAndValues() {
        String file = SharedData.file("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf").toString();
        assertThat(run("cdf", "dump", "--values", "2", file)).isZero();
        assertThat(cli.out())
                .contains("CDF 3.7.1, BIG_ENDIAN, column-major")
                .contains("Logical_source           [0] \"psp_fld_l2_mag_RTN_1min\"")
                .contains("psp_fld_l2_mag_RTN_1min  REAL4[3], 118 records, compressed")
                .contains("FILLVAL              TIME_TT2000 9999-12-31T23:59:59.999999999 (fill)")
                .contains("#0 2020-01-04T02:33:30Z")
                .contains("#1 -4.246644496917725, 6.030132293701172, 2.8181190490722656");
    }

    @Test
    void cdfOnSomethingElseSaysWhatItIs() {
        assertThat(run("cdf", "stats", "/no/such/file.cdf")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("heliodeck cdf stats: no such file: /no/such/file.cdf");
    }

    @Test
    void archiveAddThenGetWritesTheRangeAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String omni = SharedData.file("omni2-hourly/omni2_2003.dat").getParent().toString();
        try {
        assertThat(run("archive", "add", omni, "--name", "omniTest")).isZero();
            assertThat(cli.out()).contains("omniTest/omni2_hourly");
            java.nio.file.Path csv = dir.resolve("halloween.csv");
        assertThat(run("get", "omniTest/omni2_hourly/Dst", "2003-10-30T20", "2003-10-31", "-o", csv.toString())).isZero();
            // The Halloween storm's Dst minimum, -383 nT at 2003-10-30T22:00; values as in column 41 of the file (awk).
            assertThat(java.nio.file.Files.readAllLines(csv)).containsExactly("time,Dst (nT)",
                    "2003-10-30T20:00:00Z,-240", "2003-10-30T21:00:00Z,-316", "2003-10-30T22:00:00Z,-383", "2003-10-30T23:00:00Z,-371");
        assertThat(run("info", "omniTest/omni2_hourly/B_GSE")).isZero();
            assertThat(cli.out()).contains("(parameter)", "units        nT", "cadence      PT1H", "components   Bx, By, Bz",
                    "coordinates  GSE");
        assertThat(run("info", "omniTest/omni2_hourly")).isZero();
            assertThat(cli.out()).contains("(dataset)", "34 parameters:", "Dst");
        assertThat(run("search", "proton", "temprature", "-n", "1")).isZero();
            assertThat(cli.out()).startsWith("omniTest/omni2_hourly/T_p").contains("[K]");
                        java.nio.file.Path none = dir.resolve("none.csv");
        assertThat(run("get", "omniTest/omni2_hourly/Dst", "2030-01-01", "2030-01-02", "-o", none.toString())).isZero();
            assertThat(cli.out()).contains("no data for omniTest/omni2_hourly/Dst over 2030-01-01T00:00:00Z/2030-01-02T00:00:00Z",
                    "omni2_hourly covers 1998-01-01T00:00:00Z/2019-01-01T00:00:00Z", "nothing written");
            assertThat(none).doesNotExist();
        assertThat(run("get", "nowhere/x/y", "2003-10-30", "2003-10-31", "-o", csv.toString())).isEqualTo(Main.BAD_INPUT);
            assertThat(cli.err()).contains("no provider named nowhere");
        } finally {
            run("archive", "remove", "omniTest");
        }
    }

    @Test
    void anArchiveWhoseInventoryTheAppKeptIsSearchedOnce() throws Exception {
        java.nio.file.Path omni = SharedData.file("omni2-hourly");
        var store = org.heliodeck.data.inventory.InventoryStore.inUserCache();
        try {
        assertThat(run("archive", "add", omni.toString(), "--name", "omniKept")).isZero();
            // What 'heliodeck app' leaves in the store after indexing a registered archive.
            store.save(new org.heliodeck.data.inventory.InventoryStore.Saved("omniKept", java.time.Instant.now(),
                    org.heliodeck.data.archive.LocalArchive.open("omniKept", omni).inventory()));
            
        assertThat(run("search", "--provider", "omniKept", "proton", "temperature", "-n", "5")).isZero();

            assertThat(cli.out().lines().filter(l -> l.startsWith("omniKept/omni2_hourly/T_p "))).hasSize(1);
        } finally {
            run("archive", "remove", "omniKept");
            store.remove("omniKept");
        }
    }

    @Test
    void dirsHonourTheEnvironment() {
        assertThat(run("dirs")).isZero();
        assertThat(cli.out()).contains("test-home");
    }
}
