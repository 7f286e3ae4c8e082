package org.heliodeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

    private final CliRun cli = new CliRun();

    @TempDir
    Path dir;

    private int run(String... args) {
        String[] withStore = new String[args.length + 2];
        System.arraycopy(args, 0, withStore, 0, args.length);
        withStore[args.length] = "--store";
        withStore[args.length + 1] = dir.resolve("catalogs.sqlite").toString();
        return cli.run(withStore);
    }

    @Test
    void importShowExportAndReimportTheIcmeList() throws IOException {
        String icmes = SharedData.file("catalogs/icme_nguyen2019.csv").toString();

        assertThat(run("catalog", "import", icmes, "--name", "ICMEs")).isZero();
        assertThat(cli.out()).contains("imported catalog ICMEs", "653 events added, 0 duplicates of stored events, 0 conflicts");
        assertThat(run("catalog", "list")).isZero();
        assertThat(cli.out()).containsPattern("ICMEs +653 events");
        assertThat(run("catalog", "show", "ICMEs")).isZero();
        assertThat(cli.out()).contains("events       653", "  2001-10-22T01:17:00Z  2001-10-23T01:29:00Z   -");

        Path json = dir.resolve("icmes.json");
        assertThat(run("catalog", "export", "ICMEs", "-o", json.toString())).isZero();
        assertThat(cli.out()).contains("wrote 653 events of ICMEs to " + json);
        assertThat(Files.readString(json)).contains("\"origin\" : \"Chinchilla\"");
        Path votable = dir.resolve("icmes.vot");
        assertThat(run("catalog", "export", "ICMEs", "-o", votable.toString(), "--format", "amda-votable")).as(cli.err()).isZero();

        assertThat(run("catalog", "import", json.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("conflict: catalogue 'ICMEs'", "is already stored as 'ICMEs': not imported");
        assertThat(run("catalog", "import", votable.toString(), "--name", "ICMEs from AMDA")).isZero();
        assertThat(cli.out()).contains("0 events added, 653 duplicates of stored events");
    }

    @Test
    void createAddCloneMergeRemove() {
        assertThat(run("catalog", "create", "mine", "--author", "Alexis", "--tag", "icme", "--description", "by hand")).isZero();
        assertThat(run("catalog", "add", "mine", "2015-03-17T04:45", "2015-03-18T12:00", "--tag", "shock", "--rating", "9")).isZero();
        assertThat(run("catalog", "add", "mine", "2015-06-22T18:00", "2015-06-23", "--tag", "mc")).isZero();
        assertThat(run("catalog", "create", "strong", "--predicate", "rating >= 7 and 'shock' in tags and duration > 6 h")).isZero();
        assertThat(run("catalog", "clone", "mine", "copy")).isZero();
        assertThat(run("catalog", "merge", "mine", "strong", "-o", "both")).isZero();
        assertThat(cli.out()).contains("merged mine, strong into both (2 events)");

        assertThat(run("catalog", "list")).isZero();
        assertThat(cli.out()).containsPattern("both +2 events").containsPattern("copy +2 events").containsPattern("strong +1 events \\*");
        assertThat(run("catalog", "show", "strong")).isZero();
        assertThat(cli.out()).contains("predicate    rating >= 7 and \"shock\" in tags and duration > 21600",
                "  2015-03-17T04:45:00Z  2015-03-18T12:00:00Z   9  shock");
        assertThat(run("catalog", "remove", "copy")).isZero();
        assertThat(run("catalog", "list")).isZero();
        assertThat(cli.out()).doesNotContain("copy");
    }

    @Test
    void foldersAndRulesNamingCatalogs() {
        assertThat(run("catalog", "create", "ICMEs", "--folder", "Solar wind")).isZero();
        assertThat(run("catalog", "add", "ICMEs", "2015-03-17T04:45", "2015-03-18T12:00", "--rating", "9")).isZero();
        assertThat(run("catalog", "add", "ICMEs", "2015-06-22T18:00", "2015-06-23", "--rating", "3")).isZero();
        assertThat(run("catalog", "create", "strong ICMEs", "--predicate", "in catalog \"ICMEs\" and rating > 5")).isZero();
        assertThat(run("catalog", "create", "shocks")).isZero();

        assertThat(run("catalog", "move", "shocks", "Solar wind/ IP shocks")).isZero();
        assertThat(cli.out()).contains("moved shocks to Solar wind/IP shocks/");
        assertThat(run("catalog", "list")).isZero();
        assertThat(cli.out()).containsPattern("(?s)strong ICMEs +1 events \\*.*\nSolar wind/\n  ICMEs +2 events.*\n  IP shocks/\n"
                + "    shocks +0 events");
        assertThat(run("catalog", "show", "strong ICMEs")).isZero();
        assertThat(cli.out()).contains("predicate    in catalog \"ICMEs\" and rating > 5");
        assertThat(run("catalog", "show", "shocks")).isZero();
        assertThat(cli.out()).contains("folder       Solar wind/IP shocks");
        assertThat(run("catalog", "move", "shocks", "/")).isZero();
        assertThat(cli.out()).contains("moved shocks to the top");
        assertThat(run("catalog", "create", "x", "--predicate", "in catalog \"nope\"")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("predicate, column 12: no catalog named 'nope'");
    }

    @Test
    void mistakesAreMessagesWithTheUsualExitCodes() throws IOException {
        assertThat(run("catalog", "show", "nope")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("catalog show: no catalog named 'nope'");
        assertThat(run("catalog", "create", "x", "--predicate", "rating >=")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("predicate, column 10: expected a value, found the end");
        assertThat(run("catalog", "create", "x")).isZero();
        assertThat(run("catalog", "add", "x", "2015-03-18", "2015-03-17")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("is after stop");
        assertThat(run("catalog", "add", "x", "2015-03-17", "2015-03-18", "--rating", "11")).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("rating 11 is not in 1..10");

        Path bad = Files.writeString(dir.resolve("bad.csv"), "begin,end\n2001-01-01,2001-01-02\n2001-01-03,yesterday\n");
        assertThat(run("catalog", "import", bad.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("bad.csv", "line 3");
        assertThat(run("catalog", "list")).isZero();
        assertThat(cli.out()).doesNotContain("bad");

        Path unwritable = Files.createDirectory(dir.resolve("store-is-a-directory"));
        assertThat(cli.run("catalog", "list", "--store", unwritable.toString())).isEqualTo(Main.UNAVAILABLE);
        assertThat(cli.err()).contains("catalog list: cannot");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"list", "show", "create", "import", "export", "add", "clone", "merge", "move", "remove"}) {
            assertThat(cli.run("catalog", sub, "--help")).isZero();
            assertThat(cli.out()).startsWith("Usage: heliodeck catalog " + sub);
        }
    }
}
