package org.heliodeck.cdf;

/** The CDF data types, with their codes in the file and their sizes in bytes. */
public enum CdfDataType {
    INT1(1, 1),
    INT2(2, 2),
    INT4(4, 4),
    INT8(8, 8),
    UINT1(11, 1),
    UINT2(12, 2),
    UINT4(14, 4),
    REAL4(21, 4),
    REAL8(22, 8),
    EPOCH(31, 8),
    EPOCH16(32, 16),
    TIME_TT2000(33, 8),
    BYTE(41, 1),
    FLOAT(44, 4),
    DOUBLE(45, 8),
    CHAR(51, 1),
    UCHAR(52, 1);

    private final int code;
    private final int size;

    CdfDataType(int code, int size) {
        this.code = code;
        this.size = size;
    }

    /** The code stored in descriptor records. */
    public int code() {
        return code;
    }

    /** Bytes per element (EPOCH16: both of its doubles). */
    public int size() {
        return size;
    }

    /** Whether values are text: a variable's elements are then the characters of strings. */
    public boolean isText() {
        return this == CHAR || this == UCHAR;
    }

    /** Doubles per element when read as numbers: two for EPOCH16 (seconds, picoseconds), else one. */
    public int numbersPerElement() {
        return this == EPOCH16 ? 2 : 1;
    }

    /** The type of a code, or null for a code CDF does not define. */
    static CdfDataType ofCode(int code) {
        for (CdfDataType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
