package org.heliodeck.data.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;

/** Magnetometer-like test data whose every sample is a known function of its time, and a settable clock. */
final class Samples {

    static final String PRODUCT = "AC_H0_MFI";
    static final long DAY = Duration.ofDays(1).toNanos();
    static final long T0 = Tt2000.parse("2020-01-01");

    private Samples() {}

    /** The TT2000 start of day {@code n} after 2020-01-01 (no leap second in 2020). */
    static long day(int n) {
        return T0 + n * DAY;
    }

    static TimeRange days(int from, int to) {
        return new TimeRange(day(from), day(to));
    }

    /** B_GSE over the range at {@code cadence} seconds, on a grid aligned on 2020-01-01. */
    static List<Variable> magnetic(TimeRange range, int cadence) {
        long step = cadence * 1_000_000_000L;
        long first = T0 + Math.ceilDiv(range.start() - T0, step) * step;
        int n = (int) Math.max(0, Math.ceilDiv(range.stop() - first, step));
        long[] times = new long[n];
        double[] values = new double[3 * n];
        for (int i = 0; i < n; i++) {
            times[i] = first + i * step;
            for (int k = 0; k < 3; k++) {
                values[3 * i + k] = expected(times[i], k);
            }
        }
        Metadata m = Metadata.builder().units("nT").label("B").componentLabels(List.of("Bx", "By", "Bz"))
                .coordinateSystem("GSE").build();
        return List.of(Variable.of(PRODUCT, "BGSEc", times, Values.of(values, 3), List.of(), m));
    }

    static double expected(long time, int component) {
        return Math.sin((time - T0) / 1e12 + component) * 10 + component;
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock has one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
