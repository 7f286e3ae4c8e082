package org.heliodeck.plot.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.junit.jupiter.api.Test;

class AutoRangeTest {

    @Test
    void linearRangesGetFivePercentEitherSide() {
        AutoRange.Range range = AutoRange.linear(DataExtent.of(new double[] {3, Double.NaN, -1, 7}, 0, 4));

        assertThat(range.min()).isCloseTo(-1.4, within(1e-12));
        assertThat(range.max()).isCloseTo(7.4, within(1e-12));
    }

    @Test
    void aSingleValueGetsARangeAroundIt() {
        assertThat(AutoRange.linear(DataExtent.of(5, 5))).isEqualTo(new AutoRange.Range(4.5, 5.5));
        assertThat(AutoRange.linear(DataExtent.of(0, 0))).isEqualTo(new AutoRange.Range(-1, 1));
        assertThat(AutoRange.linear(DataExtent.of(-20, -20))).isEqualTo(new AutoRange.Range(-22, -18));
        AutoRange.Range log = AutoRange.log(DataExtent.of(100, 100));
        assertThat(log.min()).isCloseTo(100 / Math.sqrt(10), within(1e-9));
        assertThat(log.max()).isCloseTo(100 * Math.sqrt(10), within(1e-9));
    }

    @Test
    void noDataGivesTheDefaultRanges() {
        DataExtent none = DataExtent.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY}, 0, 2);

        assertThat(none.isEmpty()).isTrue();
        assertThat(AutoRange.linear(none)).isEqualTo(AutoRange.DEFAULT_LINEAR);
        assertThat(AutoRange.log(none)).isEqualTo(AutoRange.DEFAULT_LOG);
        assertThat(AutoRange.of(DataExtent.of(Double.NaN, Double.NaN), false)).isEqualTo(AutoRange.DEFAULT_LINEAR);
    }

    @Test
    void logRangesIgnoreValuesAtOrBelowZero() {
        DataExtent extent = DataExtent.of(new double[] {-3, 0, 0.1, 1000, Double.NaN}, 0, 5);
        assertThat(extent.minPositive()).isEqualTo(0.1);

        AutoRange.Range range = AutoRange.log(extent);
        // Four decades, a twentieth of them (0.2 decade) added at each end.
        assertThat(Math.log10(range.min())).isCloseTo(-1.2, within(1e-9));
        assertThat(Math.log10(range.max())).isCloseTo(3.2, within(1e-9));
        assertThat(AutoRange.log(DataExtent.of(new double[] {-3, 0}, 0, 2))).isEqualTo(AutoRange.DEFAULT_LOG);
    }

    @Test
    void extentsJoin() {
        DataExtent a = DataExtent.of(new double[] {-2, 4}, 0, 2);
        DataExtent b = DataExtent.of(new double[] {0.5, 9}, 0, 2);

        assertThat(a.union(b)).isEqualTo(new DataExtent(-2, 9, 0.5));
        assertThat(DataExtent.empty().union(a)).isEqualTo(a);
        assertThat(a.union(DataExtent.empty())).isEqualTo(a);
    }

    @Test
    void axisTitlesShowUnitsInParentheses() {
        assertThat(AxisLabel.of(Metadata.builder().label("B GSE").units("nT").build())).isEqualTo("B GSE (nT)");
        assertThat(AxisLabel.of(Metadata.builder().label("Ratio").build())).isEqualTo("Ratio");
        assertThat(AxisLabel.of(Metadata.builder().units("cm^-3").build())).isEqualTo("(cm^-3)");
        Axis energy = Axis.constant("energy", "keV", "", ScaleType.LOG, new double[] {1, 10});
        assertThat(AxisLabel.of(energy)).isEqualTo("energy (keV)");
        assertThat(List.of(AxisLabel.of(" Energy ", " keV "))).containsExactly("Energy (keV)");
    }
}
