package org.heliodeck.data.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.TimeScale;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.ascii.Omni2;
import org.heliodeck.formats.cdf.CdfCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternArchiveTest {

    private static final String MAG = "psp_fld_l2_mag_RTN_1min";

    /** Asserts two variables hold the same times and values. */
    static void assertSameData(Variable got, Variable expected) {
        assertThat(got.records()).isEqualTo(expected.records());
        int width = got.values().shape().length == 0 ? 1 : java.util.Arrays.stream(got.values().shape()).reduce(1, (a, b) -> a * b);
        for (int r = 0; r < got.records(); r++) {
            assertThat(got.time().get(r)).isEqualTo(expected.time().get(r));
            for (int k = 0; k < width; k++) {
                // Boxed, so that a fill read as NaN equals itself.
                assertThat(got.values().get(r, k)).as("record %d component %d", r, k)
                        .isEqualTo(Double.valueOf(expected.values().get(r, k)));
            }
        }
    }

    private static Path pspArchive(Path dir) throws IOException {
        ArchiveTrees.pspTree(dir.resolve("data"));
        ArchiveTrees.describe(dir, Map.of("name", "psp", "root", "data", "dataset", "psp_mag", "pattern", ArchiveTrees.PATTERN,
                "description", "PSP FIELDS magnetometer, RTN, 1 min", "cadence", "PT1M"));
        return dir;
    }

    @Test
    void omni2YearlyFilesDescribedGiveTheValuesOfTheBuiltInLayout(@TempDir Path dir) throws IOException {
        Path omni = SharedData.file("omni2-hourly/omni2_2003.dat").getParent();
        ArchiveTrees.describe(dir, Map.of("root", omni.toAbsolutePath().toString(), "dataset", Omni2.PRODUCT,
                "pattern", "omni2_{yyyy}.dat", "format", "omni2"));
        LocalArchive described = LocalArchive.open("described", dir);
        LocalArchive builtIn = LocalArchive.open("omni2", omni);
        assertThat(described.datasets()).containsExactly(Omni2.PRODUCT);
        assertThat(described.isRemote()).isFalse();

        List<InventoryNode> nodes = described.inventory();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.DATASET).singleElement()
                .extracting(InventoryNode::coverage).isEqualTo(TimeRange.of("1998-01-01", "2019-01-01"));
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.PARAMETER).extracting(InventoryNode::id)
                .containsExactlyElementsOf(Omni2.LAYOUT.variables().stream().map(v -> v.name()).toList());

        List<String> parameters = List.of("B_GSE", "Dst", "V");
        for (TimeRange range : List.of(TimeRange.of("2003-10-28", "2003-11-02"), TimeRange.of("2003-12-31T20", "2004-01-01T04"))) {
            List<Variable> got = described.fetch(Omni2.PRODUCT, parameters, range, FetchContext.UNWATCHED);
            List<Variable> expected = builtIn.fetch(Omni2.PRODUCT, parameters, range, FetchContext.UNWATCHED);
            assertThat(got).extracting(Variable::name).containsExactlyElementsOf(parameters);
            for (int i = 0; i < parameters.size(); i++) {
                assertSameData(got.get(i), expected.get(i));
            }
        }
    }

    @Test
    void dailyCdfTreeGivesTheValuesOfItsFilesTheHighestVersionOfEachDay(@TempDir Path dir) throws IOException {
        LocalArchive archive = LocalArchive.open("psp", pspArchive(dir));
        assertThat(archive.datasets()).containsExactly("psp_mag");
        assertThat(LocalArchive.defaultName(dir)).isEqualTo("psp");

        TimeRange day4 = TimeRange.of("2020-01-04T06", "2020-01-04T18");
        long[] bytes = {0};
        Variable got = archive.fetch("psp_mag", List.of(MAG), day4, new FetchContext(() -> false, b -> bytes[0] += b)).getFirst();
        Variable direct = new CdfCodec().read(ArchiveTrees.pspDay4()).variable(MAG).orElseThrow().slice(day4);
        assertThat(direct.records()).isPositive();
        assertSameData(got, direct);
        assertThat(bytes[0]).isEqualTo(Files.size(ArchiveTrees.pspDay4()));
        assertThat(archive.version("psp_mag")).contains("02");
    }

    @Test
    void aRangeOverTwoFilesMergesThemAndMissingDaysAreGaps(@TempDir Path dir) throws IOException {
        LocalArchive archive = LocalArchive.open("psp", pspArchive(dir));
        Variable day6 = magOf(dir.resolve("data/2020/" + ArchiveTrees.PSP + "_20200106_v01.cdf"));
        Variable day7 = magOf(dir.resolve("data/2020/" + ArchiveTrees.PSP + "_20200107_v01.cdf"));

        // 2020-01-05 and 2020-01-08 have no file: gaps around the two days that have.
        Variable got = archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-01-05", "2020-01-09"), FetchContext.UNWATCHED)
                .getFirst();
        assertThat(got.records()).isEqualTo(day6.records() + day7.records());
        assertSameData(got.slice(TimeRange.of("2020-01-06", "2020-01-07")), day6);
        assertSameData(got.slice(TimeRange.of("2020-01-07", "2020-01-08")), day7);
        assertThat(day7.time().get(0) - day6.time().get(0)).isEqualTo(TimeScale.NANOS_PER_DAY);

        assertThat(archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-02-01", "2020-02-02"), FetchContext.UNWATCHED))
                .isEmpty();
        InventoryNode dataset = archive.inventory().stream().filter(n -> n.kind() == NodeKind.DATASET).findFirst().orElseThrow();
        assertThat(dataset.coverage()).isEqualTo(TimeRange.of("2020-01-04", "2020-01-08"));
        assertThat(dataset.description()).isEqualTo("PSP FIELDS magnetometer, RTN, 1 min");
        InventoryNode mag = archive.inventory().stream().filter(n -> n.id().equals(MAG)).findFirst().orElseThrow();
        assertThat(mag.cadence()).hasMinutes(1);
        assertThat(mag.coverage()).isEqualTo(dataset.coverage());
        assertThat(mag.units()).isEqualTo("nT");
        assertThat(mag.components()).containsExactly("B_R", "B_T", "B_N");
    }

    static Variable magOf(Path file) throws IOException {
        return new CdfCodec().read(file).variable(MAG).orElseThrow();
    }

    @Test
    void variablesRestrictWhatIsExposed(@TempDir Path dir) throws IOException {
        ArchiveTrees.pspTree(dir);
        Path description = ArchiveTrees.describe(dir, Map.of("dataset", "psp_mag", "pattern", ArchiveTrees.PATTERN,
                "variables", MAG, "format", "cdf", "period", "P1D"));
        // Registering the description file itself works as well as its directory.
        LocalArchive archive = LocalArchive.open("psp", description);
        assertThat(archive.inventory()).filteredOn(n -> n.kind() == NodeKind.PARAMETER).extracting(InventoryNode::id)
                .containsExactly(MAG);
        assertThatThrownBy(() -> archive.fetch("psp_mag", List.of("psp_fld_l2_quality_flags"), TimeRange.of("2020-01-04",
                "2020-01-05"), FetchContext.UNWATCHED)).hasMessageContaining("no parameter psp_fld_l2_quality_flags in dataset psp_mag");
    }

    @Test
    void aCancelledFetchStopsBeforeTheNextFile(@TempDir Path dir) throws IOException {
        LocalArchive archive = LocalArchive.open("psp", pspArchive(dir));
        long[] bytes = {0};
        FetchContext cancelledAfterOneFile = new FetchContext(() -> bytes[0] > 0, b -> bytes[0] += b);
        assertThatThrownBy(() -> archive.fetch("psp_mag", List.of(MAG), TimeRange.of("2020-01-06", "2020-01-08"),
                cancelledAfterOneFile)).isInstanceOf(CancellationException.class);
        assertThat(bytes[0]).isEqualTo(Files.size(dir.resolve("data/2020/" + ArchiveTrees.PSP + "_20200106_v01.cdf")));
    }

    @Test
    void aMalformedDescriptionNamesTheKeyAndTheFile(@TempDir Path dir) throws IOException {
        Map<String, String> good = Map.of("dataset", "psp_mag", "pattern", ArchiveTrees.PATTERN);
        Map<Map<String, String>, String> wrongs = Map.of(
                Map.of("pattern", "{yyyy}/psp_{yy}{MM}{dd}.cdf"), "key 'pattern' '{yyyy}/psp_{yy}{MM}{dd}.cdf' has an unknown field {yy}",
                Map.of("pattern", "psp_v{version}.cdf"), "key 'pattern' 'psp_v{version}.cdf' has no time field",
                Map.of("period", "PT1H"), "key 'period' PT1H is shorter than the finest time field",
                Map.of("period", "P2D"), "key 'period' P2D does not tile the calendar",
                Map.of("format", "fits"), "key 'format' 'fits' is not a format: one of cdf",
                Map.of("patern", "x"), "key 'patern' is not a key of a description",
                Map.of("cadence", "1 minute"), "key 'cadence' '1 minute' is not a duration",
                Map.of("root", "ftp://example.org/"), "key 'root' 'ftp://example.org/': only http and https");
        for (Map.Entry<Map<String, String>, String> wrong : wrongs.entrySet()) {
            Map<String, String> keys = new HashMap<>(good);
            keys.putAll(wrong.getKey());
            Path file = ArchiveTrees.describe(dir, keys);
            assertThatThrownBy(() -> LocalArchive.open("bad", dir)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining(wrong.getValue());
        }
        Path file = ArchiveTrees.describe(dir, Map.of("dataset.a.pattern", "{yyyy}.cdf", "dataset.b.format", "cdf"));
        assertThatThrownBy(() -> LocalArchive.open("bad", file)).hasMessageContaining(file.toString())
                .hasMessageContaining("key 'dataset.b.pattern' is missing");
    }
}
