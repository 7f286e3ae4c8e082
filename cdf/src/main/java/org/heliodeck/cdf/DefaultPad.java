package org.heliodeck.cdf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;

/** The pad value CDF gives a missing record of a variable whose VDR names none. */
final class DefaultPad {

    private DefaultPad() {}

    /** One value's bytes, encoded in {@code order}. */
    static byte[] of(CdfDataType type, int elements, ByteOrder order) {
        byte[] out = new byte[type.size() * elements];
        MemorySegment s = MemorySegment.ofArray(out);
        switch (type) {
            case INT1, BYTE -> Arrays.fill(out, (byte) -127);
            case UINT1 -> Arrays.fill(out, (byte) 254);
            case CHAR, UCHAR -> Arrays.fill(out, (byte) ' ');
            case INT2 -> s.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0, (short) -32767);
            case UINT2 -> s.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0, (short) 65534);
            case INT4 -> s.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0, -2147483647);
            case UINT4 -> s.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0, (int) 4294967294L);
            case INT8, TIME_TT2000 -> s.set(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), 0, -9223372036854775807L);
            case REAL4, FLOAT -> s.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), 0, -1.0e30f);
            case REAL8, DOUBLE -> s.set(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), 0, -1.0e30);
            case EPOCH, EPOCH16 -> { } // zeros: 0000-01-01T00:00:00
        }
        return out;
    }
}
