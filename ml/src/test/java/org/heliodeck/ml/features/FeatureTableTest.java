package org.heliodeck.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    private static final FeatureTable TABLE = new FeatureTable(new long[] {10, 20}, List.of("a", "b", "c"),
            new float[] {1, 2, 3, 4, 5, 6});

    @Test
    void namedColumnsAreCopiedInTheOrderAsked() {
        FeatureTable picked = TABLE.columns(List.of("c", "a"));
        assertThat(picked.names()).containsExactly("c", "a");
        assertThat(picked.rowMajor()).containsExactly(3, 1, 6, 4);
        assertThat(TABLE.columns(List.of()).rows()).isEqualTo(2);
        assertThatThrownBy(() -> TABLE.columns(List.of("d"))).hasMessageContaining("no feature 'd'");
    }

    @Test
    void tablesWithTheSameColumnsConcatenateRowAfterRow() {
        FeatureTable both = FeatureTable.concatenate(List.of(TABLE.rows(1, 2), TABLE.rows(0, 1)), TABLE.names());
        assertThat(both.times()).containsExactly(20, 10);
        assertThat(both.rowMajor()).containsExactly(4, 5, 6, 1, 2, 3);
        assertThatThrownBy(() -> FeatureTable.concatenate(List.of(TABLE.columns(List.of("a"))), TABLE.names()))
                .hasMessageContaining("are not");
    }

    @Test
    void windowStatisticsAreToldFromStepValuesByName() {
        assertThat(FeatureBuilder.isWindowStatistic("B_magnitude_mean_25")).isTrue();
        assertThat(FeatureBuilder.isWindowStatistic("gap_mean_3")).isTrue();
        assertThat(FeatureBuilder.isWindowStatistic("B_GSE_Bx")).isFalse();
        assertThat(FeatureBuilder.isWindowStatistic("T_over_T_expected")).isFalse();
        assertThat(FeatureBuilder.isWindowStatistic("mean_3")).isFalse();
    }
}
