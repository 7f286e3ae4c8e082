package org.heliodeck.data.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads the time between records as providers write it: ISO 8601 durations (HAPI) or AMDA's {@code 16S}, {@code 5M}, {@code 1H}. */
final class Cadences {

    private Cadences() {}

    /** An ISO 8601 duration ({@code PT16S}, {@code P1D}, {@code PT0.092S}); empty when it is not one. */
    static Optional<Duration> iso(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return positive(Duration.parse(text.trim()));
        } catch (DateTimeParseException e) {
            // HAPI allows years and months (P1M), which Duration refuses: such cadences are too
            // irregular to filter on, so they count as unknown.
            return Optional.empty();
        }
    }

    /**
     * AMDA's sampling: a decimal number followed by {@code S}, {@code M}, {@code H} or {@code D}
     * (e.g. {@code 0.5S}, {@code 96.27S}, {@code 5M}); empty when it is not one.
     */
    static Optional<Duration> amda(String text) {
        if (text == null || text.length() < 2) {
            return Optional.empty();
        }
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        long unitSeconds = switch (trimmed.charAt(trimmed.length() - 1)) {
            case 'S' -> 1;
            case 'M' -> 60;
            case 'H' -> 3600;
            case 'D' -> 86_400;
            default -> 0;
        };
        if (unitSeconds == 0) {
            return Optional.empty();
        }
        try {
            BigDecimal nanos = new BigDecimal(trimmed.substring(0, trimmed.length() - 1))
                    .multiply(BigDecimal.valueOf(unitSeconds * 1_000_000_000L));
            return positive(Duration.ofNanos(nanos.longValueExact()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> positive(Duration d) {
        return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
    }
}
