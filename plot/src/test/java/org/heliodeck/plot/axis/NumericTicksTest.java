package org.heliodeck.plot.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.heliodeck.plot.ValueMapping;
import org.junit.jupiter.api.Test;

class NumericTicksTest {

    @Test
    void linearStepsAreNiceAndLabelsHaveNoFloatNoise() {
        NumericTicks ticks = NumericTicks.linear(0, 1, 500, 50);

        assertThat(ticks.labels()).containsExactly("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1");
        assertThat(ticks.major()[3]).isEqualTo(0.3);
        assertThat(ticks.major()[7]).isEqualTo(0.7);
    }

    @Test
    void aRangeAcrossZeroGetsATwoStepWithQuarterMinors() {
        NumericTicks ticks = NumericTicks.linear(-0.13, 0.97, 400, 50);

        assertThat(ticks.labels()).containsExactly("0", "0.2", "0.4", "0.6", "0.8");
        assertThat(ticks.minor()).startsWith(-0.1, -0.05, 0.05, 0.1).doesNotContain(0.2).endsWith(0.95);
    }

    @Test
    void fiveStepsGetFiveMinorsAndNegativeValuesReadPlainly() {
        NumericTicks ticks = NumericTicks.linear(-230, -20, 200, 40);

        assertThat(ticks.labels()).containsExactly("-200", "-150", "-100", "-50");
        assertThat(ticks.minor()).contains(-220.0, -210.0, -190.0).doesNotContain(-200.0);
    }

    @Test
    void hugeAndTinyMagnitudesAreWrittenScientifically() {
        assertThat(NumericTicks.linear(1.2e7, 9.7e7, 400, 50).labels())
                .containsExactly("2×10⁷", "4×10⁷", "6×10⁷", "8×10⁷");
        assertThat(NumericTicks.linear(1e-5, 9.7e-5, 400, 50).labels())
                .containsExactly("2×10⁻⁵", "4×10⁻⁵", "6×10⁻⁵", "8×10⁻⁵");
        assertThat(NumericTicks.linear(0, 3e6, 200, 50).labels()).containsExactly("0", "10⁶", "2×10⁶", "3×10⁶");
        assertThat(NumericTicks.linear(999_000, 1_001_000, 200, 50).labels()).contains("10⁶", "9.995×10⁵");
    }

    @Test
    void logAxesTickEachDecadeWithTwoToNineMinors() {
        NumericTicks ticks = NumericTicks.log(1, 1000, 400, 30);

        assertThat(ticks.labels()).containsExactly("1", "10", "100", "1000");
        assertThat(ticks.major()).containsExactly(1, 10, 100, 1000);
        assertThat(ticks.minor()).hasSize(24).startsWith(2, 3, 4, 5, 6, 7, 8, 9, 20).endsWith(900);
    }

    @Test
    void logLabelsArePlainFromAHundredthToTenThousandAndPowersBeyond() {
        assertThat(NumericTicks.log(0.003, 2e6, 400, 30).labels())
                .containsExactly("0.01", "0.1", "1", "10", "100", "1000", "10000", "10⁵", "10⁶");
        assertThat(NumericTicks.log(1e-7, 1e-3, 400, 30).labels())
                .containsExactly("10⁻⁷", "10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³");
    }

    @Test
    void crowdedDecadesAreThinnedAndTheSkippedOnesBecomeMinors() {
        NumericTicks ticks = NumericTicks.log(1e-20, 1e20, 300, 30);

        assertThat(ticks.labels()).containsExactly("10⁻²⁰", "10⁻¹⁵", "10⁻¹⁰", "10⁻⁵", "1", "10⁵", "10¹⁰", "10¹⁵",
                "10²⁰");
        assertThat(ticks.minor()).contains(1e-19, 10).doesNotContain(1e-15, 2e-19);
    }

    @Test
    void aLogAxisNarrowerThanTwoDecadesFallsBackToLinearSteps() {
        NumericTicks ticks = NumericTicks.log(2, 9, 400, 50);

        assertThat(ticks.labels()).containsExactly("2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void aMappingGivesTicksOfItsKind() {
        assertThat(NumericTicks.of(new ValueMapping(0.1, 100, true, 0, 300), 30).labels())
                .containsExactly("0.1", "1", "10", "100");
        assertThat(NumericTicks.of(new ValueMapping(0, 10, false, 0, 100), 20).labels())
                .containsExactly("0", "2", "4", "6", "8", "10");
    }

    @Test
    void emptyOrNonPositiveLogRangesAreRefused() {
        assertThatThrownBy(() -> NumericTicks.linear(1, 1, 100, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumericTicks.log(0, 10, 100, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Found by the property below in a CI run: 0.001 above -134218.32 is not exactly -134218.319 in doubles. */
    @Test
    void aSpanNearTheResolutionOfDoublesGetsItsTicks() {
        double min = -134218.32;
        double max = min + 0.001;
        NumericTicks ticks = NumericTicks.linear(min, max, 100, 40);
        assertThat(ticks.labels()).isNotEmpty();
        for (double v : ticks.major()) {
            assertThat(v).isBetween(min - 4 * Math.ulp(min), max + 4 * Math.ulp(min));
        }
    }

    @Property(tries = 300)
    void linearTicksAreEvenNiceInsideAndUnique(@ForAll @DoubleRange(min = -1e9, max = 1e9) double min,
            @ForAll @IntRange(min = -12, max = 9) int spanExponent, @ForAll @DoubleRange(min = 1, max = 10) double spanMantissa,
            @ForAll @IntRange(min = 100, max = 2000) int length) {
        double max = min + spanMantissa * Math.pow(10, spanExponent);
        // Spans a double cannot resolve at that magnitude have no meaningful ticks.
        Assume.that(max - min > Math.abs(min) * 1e-9);
        NumericTicks ticks = NumericTicks.linear(min, max, length, 40);
        double[] major = ticks.major();

        // 40 px apart or more; down to half that only where the wider step would leave a single tick.
        assertThat(major.length).isBetween(1, length / 20 + 1);
        assertThat(new HashSet<>(ticks.labels())).hasSameSizeAs(ticks.labels());
        // A tick may sit on an end of the range that the double arithmetic of min + span missed by an ulp or two.
        double slack = (max - min) * 1e-9 + 4 * Math.ulp(Math.max(Math.abs(min), Math.abs(max)));
        for (double v : major) {
            assertThat(v).isBetween(min - slack, max + slack);
        }
        if (major.length >= 2) {
            BigDecimal step = new BigDecimal(Double.toString(major[1])).subtract(new BigDecimal(Double.toString(major[0])));
            BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
            assertThat(mantissa.toPlainString()).isIn("1", "2", "5");
            assertThat((major[1] - major[0]) / (max - min) * length).isGreaterThanOrEqualTo(20 - 1e-6);
            for (int i = 2; i < major.length; i++) {
                assertThat(new BigDecimal(Double.toString(major[i])).subtract(new BigDecimal(Double.toString(major[i - 1]))))
                        .isEqualByComparingTo(step);
            }
        }
    }
}
