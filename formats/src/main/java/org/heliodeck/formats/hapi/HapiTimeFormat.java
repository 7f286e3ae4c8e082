package org.heliodeck.formats.hapi;

import java.util.OptionalInt;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeScale;

/**
 * How a writer spells the record times: {@code yyyy-mm-ddThh:mm:ss[.fff…]Z}, all of one length as
 * HAPI requires. It keeps the length the info declares when that length writes every time exactly,
 * so that a table read and written back has the same bytes; otherwise it uses as many fraction
 * digits as the times need (at least milliseconds, as HAPI servers write them).
 *
 * @param length characters of every time
 */
record HapiTimeFormat(IsoTimeFormat format, int length) {

    /** {@code yyyy-mm-ddThh:mm:ssZ} */
    private static final int WHOLE_SECONDS_LENGTH = 20;

    void appendTo(long tt2000, StringBuilder out) {
        format.formatTo(tt2000, TimeScale.standard(), out);
    }

    static HapiTimeFormat forTimes(OptionalInt declaredLength, long[] times) {
        int needed = digitsNeeded(times);
        if (declaredLength.isPresent()) {
            int declared = digitsOfLength(declaredLength.getAsInt());
            if (declared >= needed) {
                return withDigits(declared);
            }
        }
        return withDigits(Math.max(needed, 3));
    }

    private static HapiTimeFormat withDigits(int digits) {
        return new HapiTimeFormat(IsoTimeFormat.MILLIS.withFractionDigits(digits),
                digits == 0 ? WHOLE_SECONDS_LENGTH : WHOLE_SECONDS_LENGTH + 1 + digits);
    }

    /** Fraction digits of a calendar time of this length; -1 when no calendar time has it. */
    private static int digitsOfLength(int length) {
        if (length == WHOLE_SECONDS_LENGTH) {
            return 0;
        }
        int digits = length - WHOLE_SECONDS_LENGTH - 1;
        return digits >= 1 && digits <= 9 ? digits : -1;
    }

    /** The fewest of 0, 3, 6 or 9 fraction digits that write every time exactly. */
    private static int digitsNeeded(long[] times) {
        TimeScale scale = TimeScale.standard();
        int digits = 0;
        for (long t : times) {
            long nano = scale.nanoOfDay(t, scale.epochDay(t)) % TimeScale.NANOS_PER_SECOND;
            if (nano % 1000 != 0) {
                return 9;
            }
            if (nano % 1_000_000 != 0) {
                digits = 6;
            } else if (nano != 0 && digits < 3) {
                digits = 3;
            }
        }
        return digits;
    }
}
