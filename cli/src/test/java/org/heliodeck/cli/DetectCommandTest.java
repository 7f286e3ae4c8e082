package org.heliodeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void evaluateScoresPredictionsAgainstTruthAtBothThresholds(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.csv"), "begin,end\n2010-01-01T00:00,2010-01-01T10:00\n"
                + "2010-02-01T00:00,2010-02-01T10:00\n");
        Path predicted = Files.writeString(dir.resolve("predicted.csv"), "begin,end,score\n2010-01-01T03:00:00Z,2010-01-01T12:00:00Z,0.9\n"
                + "2010-03-01T00:00:00Z,2010-03-01T05:00:00Z,0.6\n2010-02-01T00:00:00Z,2010-02-01T02:00:00Z,0.7\n");
        assertThat(cli.run("detect", "evaluate", truth.toString(), predicted.toString())).isZero();
        // The 2 h prediction is dropped; the 7 h overlap of a 10 h event counts at 0.1 and 0.51.
        assertThat(cli.out()).contains("thres 0.10: P 0.500 R 0.500 F1 0.500 (1 of 2 events detected, 1 false positives among 2 predictions",
                "thres 0.51: P 0.500 R 0.500");
        assertThat(cli.run("detect", "evaluate", truth.toString(), predicted.toString(), "--thres", "0.8",
                "--start", "2010-01-01", "--stop", "2010-01-15")).isZero();
        assertThat(cli.out()).contains("over 2010-01-01T00:00:00Z/2010-01-15T00:00:00Z", // The one prediction overlaps the event too little and is no false positive: precision is 0/0.
                "thres 0.80: P NaN R 0.000",
                "(0 of 1 events detected, 0 false positives among 1 predictions");
        assertThat(cli.run("detect", "evaluate", truth.toString(), dir.resolve("none.csv").toString(),
                "--store", dir.resolve("catalogs.sqlite").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(cli.err()).contains("none.csv' is neither a catalog file nor a catalog of a store (there is no store at "
                + dir.resolve("catalogs.sqlite") + ")");
        assertThat(dir.resolve("catalogs.sqlite")).doesNotExist();
    }

    @Test
    void trainScanAndRuleOnOmni2(@TempDir Path dir) throws Exception {
        String omni = SharedData.file("omni2-hourly/omni2_2003.dat").getParent().toString();
        String icmes = SharedData.file("catalogs/icme_nguyen2019.csv").toString();
        try {
            assertThat(cli.run("archive", "add", omni, "--name", "omniDetect")).isZero();
            Path model = dir.resolve("icme.model");
            assertThat(cli.run("detect", "train", "--catalog", icmes, "--product", "omniDetect/omni2_hourly/B_magnitude,B_GSE,beta,V",
                    "--start", "2003-01-01", "--stop", "2005-01-01", "--windows", "3,9", "--event-stage", "-o", model.toString()))
                    .isZero();
            assertThat(cli.out()).contains("trained on file:icme_nguyen2019.csv", "validation 2004-07-02", "thres 0.51",
                    "event stage: ", "written to");
            Path suggestions = dir.resolve("suggestions.csv");
            Path score = dir.resolve("score.csv");
            assertThat(cli.run("detect", "scan", "--model", model.toString(), "--start", "2005-01-01", "--stop", "2005-07-01",
                    "-o", suggestions.toString(), "--score", score.toString())).isZero();
            assertThat(cli.out()).contains("(4344 steps)");
            assertThat(Files.readAllLines(suggestions).getFirst()).isEqualTo("begin,end,score");
            List<String> scores = Files.readAllLines(score);
            assertThat(scores).hasSize(4344 + 1);
            assertThat(scores.get(1)).startsWith("2005-01-01T00:00:00Z,");
            assertThat(cli.run("detect", "evaluate", icmes, suggestions.toString(), "--start", "2005-01-01", "--stop", "2005-07-01"))
                    .isZero();
            assertThat(cli.out()).contains("file:suggestions.csv against file:icme_nguyen2019.csv");

            assertThat(cli.run("detect", "crossvalidate", "--catalog", icmes, "--product", "omniDetect/omni2_hourly/B_magnitude,beta",
                    "--start", "2003-01-01", "--stop", "2005-01-01", "--windows", "3,9", "--folds", "2004-07-01")).isZero();
            assertThat(cli.out()).contains("fold 1/1: trained on 2003-01-01T00:00:00Z/2004-07-01T00:00:00Z, tested on"
                    + " 2004-07-01T00:00:00Z/2005-01-01T00:00:00Z", "pooled over 1 folds", "thres 0.51");

            Path rule = dir.resolve("rule.csv");
            assertThat(cli.run("detect", "rule", "--archive", "omniDetect", "--start", "2003-01-01", "--stop", "2004-01-01",
                    "-o", rule.toString())).isZero();
            assertThat(Files.readAllLines(rule)).hasSizeGreaterThan(5).first().isEqualTo("begin,end,score");
        } finally {
            cli.run("archive", "remove", "omniDetect");
        }
    }
}
