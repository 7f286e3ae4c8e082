package org.heliodeck.data;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The requests of one view (a plot panel): each new one cancels the one before, whose range is no
 * longer what the user looks at. What the cancelled request had already fetched stays cached.
 */
public final class LatestRequest {

    private final AtomicReference<AtomicBoolean> current = new AtomicReference<>(new AtomicBoolean());

    /** The context of a new request; the previous request's context now reads as cancelled. */
    public FetchContext next(LongConsumer bytesReceived) {
        AtomicBoolean cancelled = new AtomicBoolean();
        current.getAndSet(cancelled).set(true);
        return new FetchContext(cancelled::get, bytesReceived);
    }

    /** Cancels the current request (the view closed). */
    public void cancel() {
        current.get().set(true);
    }
}
