package org.heliodeck.data.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.heliodeck.cdf.IstpWriter;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.ascii.Omni2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalArchiveTest {

    private static Path omniDirectory() {
        return SharedData.file("omni2-hourly/omni2_2003.dat").getParent();
    }

    @Test
    void omni2DirectoryNeedsNoDescription() throws IOException {
        LocalArchive archive = LocalArchive.open("omni2", omniDirectory());
        assertThat(archive.datasets()).containsExactly("omni2_hourly");
        List<InventoryNode> nodes = archive.inventory();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.PARAMETER).hasSize(Omni2.LAYOUT.variables().size());
        InventoryNode bgse = nodes.stream().filter(n -> n.id().equals("B_GSE")).findFirst().orElseThrow();
        assertThat(bgse.units()).isEqualTo("nT");
        assertThat(bgse.components()).containsExactly("Bx", "By", "Bz");
        assertThat(bgse.coverage()).isEqualTo(TimeRange.of("1998-01-01", "2019-01-01"));
    }

    @Test
    void fetchReadsOnlyTheYearsOfTheRangeAndCrossesYearBoundaries() throws IOException {
        LocalArchive archive = LocalArchive.open("omni2", omniDirectory());
        long[] bytes = {0};
        FetchContext context = new FetchContext(() -> false, b -> bytes[0] += b);
        // The Halloween storms of 2003: Dst reached about -383 nT on October 30.
        TimeRange storm = TimeRange.of("2003-10-28", "2003-11-02");
        List<Variable> got = archive.fetch("omni2_hourly", List.of("B_GSE", "Dst"), storm, context);
        assertThat(got).extracting(Variable::name).containsExactly("B_GSE", "Dst");
        Variable dst = got.get(1);
        assertThat(dst.records()).isEqualTo(5 * 24);
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < dst.records(); r++) {
            min = Math.min(min, dst.values().get(r, 0));
        }
        assertThat(min).isEqualTo(-383);
        assertThat(bytes[0]).isEqualTo(Files.size(omniDirectory().resolve("omni2_2003.dat")));

        Variable newYear = archive.fetch("omni2_hourly", List.of("V"), TimeRange.of("2003-12-31T20", "2004-01-01T04"), context).getFirst();
        assertThat(newYear.records()).isEqualTo(8);
        Variable direct2004 = Omni2.read(omniDirectory().resolve("omni2_2004.dat")).variable("V").orElseThrow();
        assertThat(newYear.values().get(4, 0)).isEqualTo(direct2004.values().get(0, 0));
    }

    @Test
    void datedCdfFilesFormDatasetsAndTheNewestVersionOfADayWins(@TempDir Path dir) throws IOException {
        Variable b = Omni2.read(omniDirectory().resolve("omni2_2003.dat")).variable("B_GSE").orElseThrow();
        for (int day = 28; day <= 31; day++) {
            TimeRange one = TimeRange.of("2003-10-" + day, day == 31 ? "2003-11-01" : "2003-10-" + (day + 1));
            new IstpWriter(true).write(List.of(b.slice(one)), Map.of(), dir.resolve("omni_b_200310" + day + "_v01.cdf"));
        }
        // A reprocessed day: same records, shifted values, higher version.
        Variable day29 = b.slice(TimeRange.of("2003-10-29", "2003-10-30"));
        double[] plus1000 = new double[day29.records() * 3];
        long[] times = new long[day29.records()];
        for (int r = 0; r < day29.records(); r++) {
            times[r] = day29.time().get(r);
            for (int k = 0; k < 3; k++) {
                plus1000[3 * r + k] = day29.values().get(r, k) + 1000;
            }
        }
        Variable shifted = Variable.of(day29.product(), "B_GSE", times, org.heliodeck.core.model.Values.of(plus1000, 3), List.of(),
                day29.metadata());
        Files.createDirectories(dir.resolve("reprocessed"));
        new IstpWriter(false).write(List.of(shifted), Map.of(), dir.resolve("reprocessed/omni_b_20031029_v02.cdf"));
        Files.writeString(dir.resolve("README.txt"), "not data");

        LocalArchive archive = LocalArchive.open("test", dir);
        assertThat(archive.datasets()).containsExactly("omni_b");
        assertThat(archive.inventory()).filteredOn(n -> n.kind() == NodeKind.PARAMETER).extracting(InventoryNode::id)
                .containsExactly("B_GSE");
        Variable got = archive.fetch("omni_b", List.of("B_GSE"), TimeRange.of("2003-10-28T12", "2003-10-30T12"),
                FetchContext.UNWATCHED).getFirst();
        assertThat(got.records()).isEqualTo(48);
        assertThat(got.values().get(0, 0)).isEqualTo(b.slice(TimeRange.of("2003-10-28T12", "2003-10-29")).values().get(0, 0));
        assertThat(got.values().get(12, 0)).isEqualTo(day29.values().get(0, 0) + 1000);
    }

    @Test
    void unknownThingsAreNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> LocalArchive.open("empty", dir)).hasMessageContaining("holds no data files Heliodeck recognises");
        LocalArchive archive = LocalArchive.open("omni2", omniDirectory());
        assertThatThrownBy(() -> archive.fetch("ace", List.of("B"), TimeRange.of("2003-01-01", "2003-01-02"), FetchContext.UNWATCHED))
                .hasMessageContaining("no dataset ace in archive omni2").hasMessageContaining("omni2_hourly");
        assertThatThrownBy(() -> archive.fetch("omni2_hourly", List.of("Bogus"), TimeRange.of("2003-01-01", "2003-01-02"),
                FetchContext.UNWATCHED)).hasMessageContaining("no parameter Bogus");
    }
}
