package org.heliodeck.core.time;

import java.time.Instant;

/**
 * TT2000, the instants of Heliodeck: signed 64-bit nanoseconds of Terrestrial Time since J2000
 * (2000-01-01T12:00:00 TT, that is 2000-01-01T11:58:55.816 UTC), counting leap seconds, as in NASA
 * CDF. One long orders, subtracts and stores an instant exactly from 1707 to 2292.
 *
 * <p>These conversions go through the {@linkplain TimeScale#standard() standard time scale}; use a
 * {@link TimeScale} directly to convert with another leap-second table.
 */
public final class Tt2000 {

    /** The CDF fill value for TT2000 variables (written 9999-12-31T23:59:59.999999999 by CDF tools). */
    public static final long FILL = Long.MIN_VALUE;
    /** The CDF pad value for TT2000 variables (written 0000-01-01T00:00:00.000000000 by CDF tools). */
    public static final long PAD = Long.MIN_VALUE + 1;

    private Tt2000() {}

    /** TT2000 of an ISO 8601 UTC time ({@link IsoTimeParser} lists the accepted forms). */
    public static long parse(CharSequence iso) {
        return IsoTimeParser.parse(iso, TimeScale.standard());
    }

    /** The instant as ISO 8601 UTC, exact, with as few fraction digits as needed. */
    public static String format(long tt2000) {
        return IsoTimeFormat.EXACT.format(tt2000);
    }

    /** TT2000 of a UTC label; {@code second} may be 60 on a day with a leap second. */
    public static long of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return TimeScale.standard().tt2000(year, month, day, hour, minute, second, nano);
    }

    public static UtcDateTime utc(long tt2000) {
        return TimeScale.standard().utc(tt2000);
    }

    public static long fromCdfEpoch(double epochMillis) {
        return TimeScale.standard().fromCdfEpoch(epochMillis);
    }

    public static double toCdfEpoch(long tt2000) {
        return TimeScale.standard().toCdfEpoch(tt2000);
    }

    public static long fromEpoch16(double seconds, double picoseconds) {
        return TimeScale.standard().fromEpoch16(seconds, picoseconds);
    }

    public static Epoch16 toEpoch16(long tt2000) {
        return TimeScale.standard().toEpoch16(tt2000);
    }

    public static long fromUnixSeconds(double seconds) {
        return TimeScale.standard().fromUnixSeconds(seconds);
    }

    public static double toUnixSeconds(long tt2000) {
        return TimeScale.standard().toUnixSeconds(tt2000);
    }

    public static long fromUnixNanos(long unixNanos) {
        return TimeScale.standard().fromUnixNanos(unixNanos);
    }

    public static long toUnixNanos(long tt2000) {
        return TimeScale.standard().toUnixNanos(tt2000);
    }

    public static long fromInstant(Instant instant) {
        return TimeScale.standard().fromInstant(instant);
    }

    public static Instant toInstant(long tt2000) {
        return TimeScale.standard().toInstant(tt2000);
    }
}
