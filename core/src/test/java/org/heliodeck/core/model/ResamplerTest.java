package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.heliodeck.core.model.Resampler.Statistic;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long DAY = 24 * HOUR;

    @Test
    void hourlyOmniSpeedToDailyMeanSkipsTheFillHour() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Resampler daily = new Resampler(DAY, omni.tt2000(1, 0, 0));

        Variable mean = daily.resample(omni.speed(), Statistic.MEAN);

        assertThat(mean.records()).isEqualTo(365);
        assertThat(mean.time().get(44)).isEqualTo(omni.tt2000(45, 0, 0));
        // Day 45 by hand: hour 17 is fill (9999.); the other 23 hours sum to 10171 km/s.
        assertThat(mean.values().get(44, 0)).isCloseTo(10171.0 / 23, within(1e-9));
        assertThat(mean.metadata()).isEqualTo(omni.speed().metadata());
    }

    @Test
    void minMaxAndNearestOfOneOmniDay() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable day45 = omni.speed().slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(46, 0, 0)));
        Resampler daily = new Resampler(DAY, omni.tt2000(1, 0, 0));

        assertThat(daily.resample(day45, Statistic.MIN).values().get(0, 0)).isEqualTo(384.0);
        assertThat(daily.resample(day45, Statistic.MAX).values().get(0, 0)).isEqualTo(503.0);
        assertThat(daily.resample(day45, Statistic.NEAREST).values().get(0, 0)).isEqualTo(388.0);
    }

    @Test
    void binsOfOnlyFillGiveNanPerComponent() {
        Omni2Hourly omni = Omni2Hourly.year(1999);
        Resampler threeHourly = new Resampler(3 * HOUR, omni.tt2000(1, 0, 0));

        Variable b = threeHourly.resample(omni.bGse(), Statistic.MEAN);

        // Day 321: hours 0 and 2 are fill, hour 1 is 7.4 -11.8 3.8; hours 3, 4 and 5 are all fill.
        int bin = (320 * 24) / 3;
        assertThat(b.time().get(bin)).isEqualTo(omni.tt2000(321, 0, 0));
        assertThat(new double[] {b.values().get(bin, 0), b.values().get(bin, 1), b.values().get(bin, 2)})
                .containsExactly(7.4, -11.8, 3.8);
        assertThat(b.values().get(bin + 1, 0)).isNaN();
        assertThat(threeHourly.resample(omni.bGse(), Statistic.NEAREST).values().get(bin + 1, 2)).isNaN();
        assertThat(threeHourly.resample(omni.bGse(), Statistic.MAX).values().get(bin + 1, 1)).isNaN();
    }

    @Test
    void emptyBinsAreDroppedAndBinsAlignToMultiplesOfTheCadenceFromTheOrigin() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable gapped = omni.speedWithGap(new TimeRange(omni.tt2000(45, 6, 0), omni.tt2000(47, 0, 0)));
        long lag = 64_184_000_000L;

        Variable sixHourly = new Resampler(6 * HOUR, 0).resample(gapped, Statistic.MEAN)
                .slice(new TimeRange(omni.tt2000(44, 0, 0) - lag, omni.tt2000(48, 0, 0) - lag));

        // Origin 0 is J2000, 2000-01-01T11:58:55.816 UTC: bins start at hh:58:55.816 UTC, 6 hours apart.
        long[] expected = {
            omni.tt2000(44, 0, 0) - lag, omni.tt2000(44, 6, 0) - lag, omni.tt2000(44, 12, 0) - lag,
            omni.tt2000(44, 18, 0) - lag, omni.tt2000(45, 0, 0) - lag,
            omni.tt2000(47, 0, 0) - lag, omni.tt2000(47, 6, 0) - lag, omni.tt2000(47, 12, 0) - lag,
            omni.tt2000(47, 18, 0) - lag
        };
        assertThat(sixHourly.time().toArray()).containsExactly(expected);
        for (long stamp : expected) {
            assertThat(Math.floorMod(stamp, 6 * HOUR)).isZero();
        }
        // Day 47 from 00:00 to 05:00 by hand: 578 562 559 575 590 575 km/s.
        assertThat(sixHourly.values().get(5, 0)).isCloseTo((578. + 562 + 559 + 575 + 590 + 575) / 6, within(1e-9));
    }

    @Test
    void cadenceMustBePositive() {
        assertThatThrownBy(() -> new Resampler(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resampling cadence must be positive, not 0 ns");
    }
}
