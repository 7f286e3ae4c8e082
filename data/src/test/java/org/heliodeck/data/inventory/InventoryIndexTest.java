package org.heliodeck.data.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.junit.jupiter.api.Test;

class InventoryIndexTest {

    private static List<String> paths(String text, Filters filters, int limit) {
        return RecordedInventories.combined().search(text, filters, limit).stream().map(h -> h.node().path()).toList();
    }

    @Test
    void aceMagneticFieldFindsAcesMagnetometerProductsFirst() {
        List<SearchHit> hits = RecordedInventories.combined().search("ACE magnetic field", Filters.NONE, 12);
        assertThat(hits).first().satisfies(h -> assertThat(h.node().extra()).containsEntry("mission", "ACE"));
        assertThat(hits).extracting(h -> h.node().path())
                .contains("ACE/ACE_mag/ace-imf-all", "ACE/ACE_mag/ace-imf-all/imf")
                .anyMatch(p -> p.matches("AC_H\\d_MFI"));
        assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
        // Within CDAWeb, whose catalog names datasets by id only, the magnetometer datasets lead.
        assertThat(paths("ACE magnetic field", Filters.NONE.provider("cdaweb-hapi").kinds(NodeKind.DATASET), 5))
                .allMatch(p -> p.matches("AC_[HK]\\d_MFI"));
    }

    @Test
    void aTypoStillFindsMagnetometers() {
        List<SearchHit> hits = RecordedInventories.combined().search("magnetometr", Filters.NONE, 20);
        assertThat(hits).hasSize(20).allSatisfy(h -> assertThat(h.node().description() + " " + h.node().id())
                .containsIgnoringCase("magnetometer"));
        // A slip in a word before the last one, on ACE's magnetic field in AMDA.
        assertThat(paths("magentic field", Filters.NONE.mission("ACE").kinds(NodeKind.DATASET), 5))
                .contains("ACE/ACE_mag/ace-imf-all", "ACE/ACE_mag/ace-mag-real");
    }

    @Test
    void theLastWordIsAPrefixAndIdsMatchByTheirParts() {
        assertThat(paths("AC_H2", Filters.NONE, 8)).containsExactlyInAnyOrder(
                "AC_H2_MFI", "AC_H2_SWE", "AC_H2_SIS", "AC_H2_SEP", "AC_H2_ULE", "AC_H2_SWI", "AC_H2_CRIS", "AC_H2_EPM");
        assertThat(paths("AC_H2_MF", Filters.NONE, 1)).containsExactly("AC_H2_MFI");
        assertThat(paths("imf_gse", Filters.NONE, 1)).containsExactly("ACE/ACE_mag/ace-imf-all/imf");
        assertThat(paths("mfi h2 ac", Filters.NONE.kinds(NodeKind.DATASET), 1)).containsExactly("AC_H2_MFI");
        // "wind sw" while typing "swe": Wind's solar wind experiment.
        assertThat(paths("wind sw", Filters.NONE, 1)).containsExactly("Wind/Wind_swe");
    }

    @Test
    void filtersByProviderMissionKindCadenceAndCoverage() {
        Filters cdawebIn2010 = Filters.NONE.provider("cdaweb-hapi").covering(TimeRange.of("2010-01-01", "2011-01-01"));
        List<SearchHit> hits = RecordedInventories.combined().search("magnetic field", cdawebIn2010, 50);
        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            assertThat(h.node().provider()).isEqualTo("cdaweb-hapi");
            assertThat(h.node().coverage().contains(TimeRange.of("2010-01-01", "2011-01-01"))).isTrue();
        });
        assertThat(paths("b_gse", Filters.NONE.mission("ace"), 10)).isNotEmpty()
                .allMatch(p -> p.startsWith("ACE/"));
        List<SearchHit> minutes = RecordedInventories.combined().search("magnetic field",
                Filters.NONE.kinds(NodeKind.DATASET).cadenceBetween(Duration.ofMinutes(1), Duration.ofMinutes(5)), 30);
        assertThat(minutes).isNotEmpty().allSatisfy(h -> {
            assertThat(h.node().kind()).isEqualTo(NodeKind.DATASET);
            assertThat(h.node().cadence()).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(5));
        });
        // ACE's real-time magnetic field only started in 2001 (ACE's AMDA tree), not before the mission.
        assertThat(paths("ACE magnetic field", Filters.NONE.covering(TimeRange.of("1990-01-01", "1990-01-02")), 10))
                .noneMatch(p -> p.startsWith("ACE/") || p.startsWith("AC_"));
    }

    @Test
    void blankTextListsWhatTheFiltersKeep() {
        assertThat(RecordedInventories.combined().search("  ", Filters.NONE.provider("amda").kinds(NodeKind.MISSION), 500))
                .hasSize(106);
        assertThat(RecordedInventories.combined().search("ace", Filters.NONE, 0)).isEmpty();
    }

    @Test
    void aSmallIndexOfHandMadeNodes() {
        InventoryNode a = new InventoryNode("local", "psp/fields/mag_rtn", NodeKind.DATASET, "PSP_FLD_L2_MAG_RTN",
                "PSP FIELDS magnetometer RTN", "Parker Solar Probe fluxgate magnetometer", "nT", Duration.ofMillis(250),
                TimeRange.of("2018-10-01", "2024-01-01"), "RTN", List.of("Br", "Bt", "Bn"), Map.of());
        InventoryNode b = new InventoryNode("local", "solo/mag", NodeKind.DATASET, "SOLO_L2_MAG-RTN-NORMAL",
                "Solar Orbiter MAG", "Solar Orbiter magnetometer, normal mode", "nT", Duration.ofMillis(125),
                TimeRange.of("2020-04-15", "2024-01-01"), "RTN", List.of(), Map.of());
        try (InventoryIndex index = InventoryIndex.of(List.of(a, b))) {
            assertThat(index.search("parker", Filters.NONE, 5)).extracting(SearchHit::node).containsExactly(a);
            assertThat(index.search("MagRtn", Filters.NONE, 5)).extracting(SearchHit::node).containsExactlyInAnyOrder(a, b);
            assertThat(index.search("rtn normal", Filters.NONE, 5)).extracting(SearchHit::node).containsExactly(b);
            assertThat(index.search("magnetometer", Filters.NONE.covering(TimeRange.of("2019-01-01", "2019-02-01")), 5))
                    .extracting(SearchHit::node).containsExactly(a);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
