package org.heliodeck.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class FeatureBuilderTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long T0 = Tt2000.of(2010, 1, 1, 0, 0, 0, 0);
    private static final double NAN = Double.NaN;

    /** Hourly |B| at hours 0..5 with a NaN at hour 2 and no record at hour 3; 20-min V over hours 0..5. */
    private static InputSource source() {
        Variable field = Variable.of("p", "B_magnitude", new long[] {T0, T0 + HOUR, T0 + 2 * HOUR, T0 + 4 * HOUR, T0 + 5 * HOUR},
                Values.of(new double[] {4, 6, NAN, 10, 12}), List.of(), Metadata.builder().build());
        long[] vTimes = new long[18];
        double[] v = new double[18];
        for (int i = 0; i < 18; i++) {
            vTimes[i] = T0 + i * 20 * MINUTE;
            v[i] = i < 9 ? 400 + i : 600;
        }
        v[10] = NAN;
        Variable speed = Variable.of("p", "V", vTimes, Values.of(v), List.of(), Metadata.builder().build());
        Variable vector = Variable.of("p", "B_GSE", new long[] {T0, T0 + HOUR, T0 + 2 * HOUR},
                Values.of(new double[] {1, 0, 0, 0, 1, 0, 0, 1, 0}, 3), List.of(),
                Metadata.builder().componentLabels(List.of("Bx", "By", "Bz")).build());
        return (provider, dataset, parameters, range) -> List.of(field, speed, vector).stream()
                .filter(x -> parameters.contains(x.name())).map(x -> x.slice(range)).toList();
    }

    private static FeatureSpec spec(List<Integer> windows) {
        return new FeatureSpec(List.of(new InputSpec("p", "d", "B_magnitude"), new InputSpec("p", "d", "V"),
                new InputSpec("p", "d", "B_GSE")), Duration.ofHours(1), windows,
                Map.of("B_magnitude", "B_magnitude", "V", "V", "B_vector", "B_GSE"));
    }

    private static double[] column(FeatureTable table, String name) {
        float[] f = table.column(name);
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    @Test
    void inputsAreAveragedOntoTheGridAndGapsStayNaN() throws Exception {
        FeatureTable t = new FeatureBuilder(spec(List.of())).build(new TimeRange(T0, T0 + 6 * HOUR), source());
        assertThat(t.times()).containsExactly(T0, T0 + HOUR, T0 + 2 * HOUR, T0 + 3 * HOUR, T0 + 4 * HOUR, T0 + 5 * HOUR);
        assertThat(column(t, "B_magnitude")).containsExactly(4, 6, NAN, NAN, 10, 12);
        // Three 20-min samples an hour, averaged; hour 3 has one NaN among 600s.
        assertThat(column(t, "V")).containsExactly(401, 404, 407, 600, 600, 600);
        assertThat(column(t, "B_GSE_Bx")).containsExactly(1, 0, 0, NAN, NAN, NAN);
    }

    @Test
    void theGapFlagIsTheFractionOfInputColumnsMissing() throws Exception {
        FeatureTable t = new FeatureBuilder(spec(List.of())).build(new TimeRange(T0, T0 + 7 * HOUR), source());
        // Columns: B_magnitude, V, Bx, By, Bz. Hour 6: nothing at all.
        assertThat(column(t, FeatureBuilder.GAP)).usingComparatorWithPrecision(1e-6)
                .containsExactly(0, 0, 0.2, 0.8, 0.6, 0.6, 1);
    }

    @Test
    void windowStatisticsIgnoreNaNAndAreNaNOnlyWhenTheWholeWindowIs() throws Exception {
        FeatureTable t = new FeatureBuilder(spec(List.of(3))).build(new TimeRange(T0, T0 + 6 * HOUR), source());
        assertThat(column(t, "B_magnitude_mean_3")).containsExactly(5, 5, 6, 10, 11, 11);
        assertThat(column(t, "B_magnitude_min_3")).containsExactly(4, 4, 6, 10, 10, 10);
        assertThat(column(t, "B_magnitude_max_3")).containsExactly(6, 6, 6, 10, 12, 12);
        assertThat(column(t, "B_magnitude_std_3")[0]).isCloseTo(1, within(1e-6));
        assertThat(column(t, "B_GSE_Bx_mean_3")[4]).isNaN();
        assertThat(t.names()).contains("gap_mean_3").doesNotContain("gap_std_3");
    }

    @Test
    void derivedFeaturesFollowTheirDefinitions() throws Exception {
        FeatureTable t = new FeatureBuilder(spec(List.of())).build(new TimeRange(T0, T0 + 6 * HOUR), source());
        // The field turns from x to y to y: 90° across hour 1; NaN where a neighbour is missing.
        assertThat(column(t, "rotation")[1]).isCloseTo(90, within(1e-4));
        assertThat(column(t, "rotation")[2]).isNaN();
        assertThat(column(t, "V_gradient")[1]).isCloseTo((407 - 401) / 2.0, within(1e-4));
        assertThat(t.names()).doesNotContain("T_over_T_expected", "sigmaB_over_B");
    }

    @Test
    void theExpectedTemperatureIsLopezAndFreemans() {
        assertThat(DerivedFeatures.expectedTemperature(400)).isCloseTo(Math.pow(0.031 * 400 - 5.1, 2) * 1e3, within(1e-6));
        assertThat(DerivedFeatures.expectedTemperature(600)).isCloseTo(Math.pow(0.51 * 600 - 142, 2) * 1e3, within(1e-6));
    }

    @Test
    void anHourlyGridStartsOnUtcHoursEvenAfterLeapSeconds() {
        long start = Tt2000.of(2017, 3, 1, 0, 30, 0, 0);
        long[] grid = TimeGrid.over(new TimeRange(start, start + 2 * HOUR), Duration.ofHours(1));
        assertThat(grid).containsExactly(Tt2000.of(2017, 3, 1, 0, 0, 0, 0), Tt2000.of(2017, 3, 1, 1, 0, 0, 0),
                Tt2000.of(2017, 3, 1, 2, 0, 0, 0));
    }
}
