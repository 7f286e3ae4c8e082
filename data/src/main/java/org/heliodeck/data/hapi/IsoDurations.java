package org.heliodeck.data.hapi;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * ISO 8601 durations as HAPI writes them ({@code PT1H}, {@code P1D}, {@code P1Y2M}, {@code PT0.5S}):
 * {@link Duration#parse} alone refuses years, months and weeks. A calendar part becomes a fixed
 * length at its shortest (a year 365 days, a month 28), so that a request limit read from it is
 * never exceeded.
 */
final class IsoDurations {

    private IsoDurations() {}

    /** The duration, or empty when {@code text} is not an ISO 8601 duration or is not positive. */
    static Optional<Duration> parse(String text) {
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.startsWith("P")) {
            return Optional.empty();
        }
        int t = s.indexOf('T');
        String datePart = t < 0 ? s : s.substring(0, t);
        String timePart = t < 0 ? "" : s.substring(t);
        try {
            Duration total = Duration.ZERO;
            if (datePart.length() > 1) {
                Period p = Period.parse(datePart);
                total = Duration.ofDays(365L * p.getYears() + 28L * p.getMonths() + p.getDays());
            }
            if (!timePart.isEmpty()) {
                total = total.plus(Duration.parse("P" + timePart));
            }
            return total.isNegative() || total.isZero() ? Optional.empty() : Optional.of(total);
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
