package org.heliodeck.cdf;

/** The internal record types of a CDF and their codes. */
enum RecordType {
    CDR(1),
    GDR(2),
    RVDR(3),
    ADR(4),
    AGREDR(5),
    VXR(6),
    VVR(7),
    ZVDR(8),
    AZEDR(9),
    CCR(10),
    CPR(11),
    SPR(12),
    CVVR(13);

    final int code;

    RecordType(int code) {
        this.code = code;
    }
}
