package org.heliodeck.data.hapi;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A HAPI request that failed: the server answered with an error status, could not be reached, or
 * sent something that is not what was asked for. The message names the server, what was asked
 * (the endpoint, the dataset and range) and the cause, e.g.
 * {@code cdaweb-hapi (https://…/hapi): data of AC_H2_MFI over 2020-01-01T00:00:00.000Z/…: HAPI 1406 unknown dataset}.
 */
public final class HapiException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The HAPI status code, or 0 where the failure had none. */
    private final int hapiCode;
    /** The HTTP status, or 0 where no response came. */
    private final int httpStatus;

    HapiException(HapiEndpoint server, String subject, String cause, int hapiCode, int httpStatus, Throwable reason) {
        super(server + ": " + subject + ": " + cause, reason);
        this.hapiCode = hapiCode;
        this.httpStatus = httpStatus;
    }

    public OptionalInt hapiCode() {
        return hapiCode == 0 ? OptionalInt.empty() : OptionalInt.of(hapiCode);
    }

    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
