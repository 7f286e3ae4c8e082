package org.heliodeck.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.ml.features.InputSource;

/**
 * Hourly solar wind with a 20-hour "ICME" every 100 hours (strong field, low β), noisy enough that a
 * detector has something to learn; and the catalog of those events. Deterministic.
 */
final class SyntheticWind {

    static final long HOUR = 3_600_000_000_000L;
    static final long T0 = Tt2000.of(2010, 1, 1, 0, 0, 0, 0);
    static final int HOURS = 24 * 60;

    private SyntheticWind() {}

    static List<TimeRange> events() {
        List<TimeRange> out = new ArrayList<>();
        for (int start = 30; start + 20 < HOURS; start += 100) {
            out.add(new TimeRange(T0 + start * HOUR, T0 + (start + 20) * HOUR));
        }
        return out;
    }

    static TimeRange range() {
        return new TimeRange(T0, T0 + HOURS * HOUR);
    }

    static InputSource source() {
        Random random = new Random(7);
        long[] times = new long[HOURS];
        double[] field = new double[HOURS];
        double[] beta = new double[HOURS];
        List<TimeRange> events = events();
        for (int i = 0; i < HOURS; i++) {
            times[i] = T0 + i * HOUR;
            long t = times[i];
            boolean inside = events.stream().anyMatch(e -> e.contains(t));
            field[i] = (inside ? 11 : 6) + 3 * random.nextGaussian();
            beta[i] = Math.exp((inside ? -1.2 : 0) + 0.6 * random.nextGaussian());
        }
        field[200] = Double.NaN;
        Variable b = Variable.of("synthetic", "B_magnitude", times, Values.of(field), List.of(), Metadata.builder().build());
        Variable β = Variable.of("synthetic", "beta", times.clone(), Values.of(beta), List.of(), Metadata.builder().build());
        return (provider, dataset, parameters, range) -> List.of(b, β).stream()
                .filter(v -> parameters.contains(v.name())).map(v -> v.slice(range)).toList();
    }
}
