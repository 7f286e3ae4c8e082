package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.heliodeck.core.model.Omni2Hourly.row;

import java.util.List;
import org.heliodeck.core.model.VariableArithmetic.Operation;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

class VariableArithmeticTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final VariableArithmetic ARITHMETIC = new VariableArithmetic(new Interpolator(3 * HOUR));

    /** OMNI speed at odd hours only: a coarser product on another time axis than the hourly density. */
    private static Variable speedAtOddHours(Omni2Hourly omni) {
        Variable v = omni.speed();
        int n = v.records() / 2;
        long[] times = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = v.time().get(2 * i + 1);
            values[i] = v.values().get(2 * i + 1, 0);
        }
        return Variable.of(Omni2Hourly.PRODUCT, "V", times, Values.of(values), List.of(), v.metadata());
    }

    @Test
    void densityTimesSpeedOnAnotherTimeAxisInterpolatesTheSpeed() {
        Omni2Hourly omni = Omni2Hourly.year(2003);

        Variable flux = ARITHMETIC.apply(omni.density(), Operation.MULTIPLY, speedAtOddHours(omni));

        assertThat(flux.time()).isEqualTo(omni.density().time());
        // Day 1: hour 1 is 5.7 cm^-3 at 435 km/s; hour 2 is 5.5 cm^-3 between 435 and 434 km/s.
        assertThat(flux.values().get(1, 0)).isCloseTo(5.7 * 435, within(1e-9));
        assertThat(flux.values().get(2, 0)).isCloseTo(5.5 * 434.5, within(1e-9));
        // Hour 0 precedes the first odd hour: nothing to interpolate from.
        assertThat(flux.values().get(0, 0)).isNaN();
        assertThat(flux.metadata().units()).isEqualTo("cm^-3 km/s");
        assertThat(flux.metadata().label()).isEqualTo("Np * V");
        assertThat(flux.name()).isEqualTo("N * V");
    }

    @Test
    void aScalarCombinesWithEveryComponentOfAVector() {
        Omni2Hourly omni = Omni2Hourly.year(2003);

        Variable perDensity = ARITHMETIC.apply(omni.bGse(), Operation.DIVIDE, omni.density());

        assertThat(perDensity.values().get(0, 0)).isCloseTo(-5.0 / 5.6, within(1e-12));
        assertThat(perDensity.values().get(0, 2)).isCloseTo(2.8 / 5.6, within(1e-12));
        assertThat(perDensity.metadata().units()).isEqualTo("nT/(cm^-3)");
        assertThat(perDensity.metadata().componentLabels()).containsExactly("Bx", "By", "Bz");
    }

    @Test
    void gseMinusGsmBzVanishesOnlyWhereTheFramesAgree() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Metadata nT = Metadata.builder().units("nT").label("Bz").fillValue(Omni2Hourly.FIELD_FILL).build();
        Variable gse = omni.variable("BZ_GSE", nT, Omni2Hourly.BZ_GSE);
        Variable gsm = omni.variable("BZ_GSM", nT, Omni2Hourly.BZ_GSM);

        Variable difference = ARITHMETIC.apply(gse, Operation.SUBTRACT, gsm);
        Variable sum = ARITHMETIC.apply(gse, Operation.ADD, gsm);

        int r = row(45, 17);
        assertThat(difference.values().get(r, 0))
                .isCloseTo(omni.raw(r, Omni2Hourly.BZ_GSE) - omni.raw(r, Omni2Hourly.BZ_GSM), within(1e-12));
        assertThat(sum.values().get(r, 0))
                .isCloseTo(omni.raw(r, Omni2Hourly.BZ_GSE) + omni.raw(r, Omni2Hourly.BZ_GSM), within(1e-12));
        assertThat(difference.metadata().units()).isEqualTo("nT");
    }

    @Test
    void nanPropagatesFromFill() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable day45 = omni.speed().slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(46, 0, 0)));

        Variable doubled = ARITHMETIC.apply(day45, Operation.ADD, day45);

        assertThat(doubled.values().get(17, 0)).isNaN();
        assertThat(doubled.values().get(16, 0)).isEqualTo(2 * 497.0);
    }

    @Test
    void mismatchedShapesAreRejectedWithNamesAndShapes() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable twoComponents = Variable.of(Omni2Hourly.PRODUCT, "BYZ", new long[] {omni.time(0)},
                Values.of(new double[] {2.8, 2.8}, 2), List.of(), Metadata.builder().build());

        assertThatThrownBy(() -> ARITHMETIC.apply(omni.bGse(), Operation.ADD, twoComponents))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot add 'BGSE' (record shape [3]) and 'BYZ' (record shape [2]): the shapes differ and "
                        + "the second is not a scalar");
    }
}
