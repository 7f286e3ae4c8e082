package org.heliodeck.data.http;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A GET that failed; the message is only the cause ("HTTP 500: …", "no answer within 200 ms
 * (timeout)"), for the caller to put after the name of what it asked for.
 */
public final class HttpFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status, or 0 where no response came. */
    private final int httpStatus;

    public HttpFailure(String cause, int httpStatus, Throwable reason) {
        super(cause, reason);
        this.httpStatus = httpStatus;
    }

    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
