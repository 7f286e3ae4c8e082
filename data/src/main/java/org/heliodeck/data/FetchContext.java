package org.heliodeck.data;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * What a fetch is told by whoever asked for it: whether to stop (a newer visible range made it
 * stale) and where to report the bytes it has received (for progress bars).
 */
public record FetchContext(BooleanSupplier cancelled, LongConsumer bytesReceived) {

    /** For fetches nobody watches or cancels. */
    public static final FetchContext UNWATCHED = new FetchContext(() -> false, bytes -> { });

    /** Stops the calling fetch when it has been cancelled. */
    public void checkNotCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the request was cancelled");
        }
    }
}
