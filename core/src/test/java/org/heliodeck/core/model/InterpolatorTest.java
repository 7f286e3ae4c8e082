package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

class InterpolatorTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final Interpolator BRIDGING_ALL = new Interpolator(Long.MAX_VALUE);

    @Test
    void halfHoursOfOmniSpeedAreMeansOfTheirHoursAndNanNextToFill() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        long[] halfHours = new long[24];
        for (int h = 0; h < 24; h++) {
            halfHours[h] = omni.tt2000(45, h, 30);
        }

        Variable v = new Interpolator(2 * HOUR).onto(TimeAxis.of(halfHours), omni.speed());

        assertThat(v.values().get(0, 0)).isCloseTo((388. + 385) / 2, within(1e-12));
        assertThat(v.values().get(15, 0)).isCloseTo((492. + 497) / 2, within(1e-12));
        // Hour 17 is fill: neither half hour beside it can be interpolated.
        assertThat(v.values().get(16, 0)).isNaN();
        assertThat(v.values().get(17, 0)).isNaN();
        assertThat(v.values().get(23, 0)).isCloseTo((492. + 490) / 2, within(1e-12));
        assertThat(v.metadata()).isEqualTo(omni.speed().metadata());
        assertThat(v.product()).isEqualTo(Omni2Hourly.PRODUCT);
    }

    @Test
    void sourceTimesKeepTheirSamplesEvenBesideNan() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable day45 = omni.speed().slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(46, 0, 0)));

        assertThat(BRIDGING_ALL.onto(day45.time(), day45).values()).isEqualTo(day45.values());
    }

    @Test
    void timesOutsideTheSourceSpanAreNan() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable day45 = omni.speed().slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(46, 0, 0)));
        TimeAxis around = TimeAxis.of(new long[] {omni.tt2000(44, 23, 59), omni.tt2000(45, 23, 0), omni.tt2000(45, 23, 1)});

        Variable v = BRIDGING_ALL.onto(around, day45);

        assertThat(v.values().get(0, 0)).isNaN();
        assertThat(v.values().get(1, 0)).isEqualTo(492.0);
        assertThat(v.values().get(2, 0)).isNaN();
    }

    @Test
    void aGapWiderThanTheMaximumIsNotBridged() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable gapped = omni.speedWithGap(new TimeRange(omni.tt2000(45, 6, 0), omni.tt2000(47, 0, 0)));
        TimeAxis noonOf46 = TimeAxis.of(new long[] {omni.tt2000(46, 12, 0)});

        assertThat(new Interpolator(3 * HOUR).onto(noonOf46, gapped).values().get(0, 0)).isNaN();
        // Bridged: 31 of the 43 hours from day 45 05:00 (418 km/s) to day 47 00:00 (578 km/s).
        assertThat(BRIDGING_ALL.onto(noonOf46, gapped).values().get(0, 0))
                .isCloseTo(418 + 31.0 / 43 * (578 - 418), within(1e-9));
    }

    @Test
    void vectorsAreInterpolatedPerComponent() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        TimeAxis quarterPast = TimeAxis.of(new long[] {omni.tt2000(1, 0, 15)});

        Variable b = BRIDGING_ALL.onto(quarterPast, omni.bGse());

        // Day 1 00:00 is (-5.0, 2.8, 2.8) nT, 01:00 is (-0.1, 6.2, 1.2) nT.
        assertThat(b.values().get(0, 0)).isCloseTo(-5.0 + 0.25 * 4.9, within(1e-12));
        assertThat(b.values().get(0, 1)).isCloseTo(2.8 + 0.25 * 3.4, within(1e-12));
        assertThat(b.values().get(0, 2)).isCloseTo(2.8 - 0.25 * 1.6, within(1e-12));
    }

    @Test
    void maximumGapMustBePositive() {
        assertThatThrownBy(() -> new Interpolator(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interpolation max gap must be positive, not 0 ns");
    }
}
