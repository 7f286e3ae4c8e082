package org.heliodeck.data.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.heliodeck.data.FetchContext;

/**
 * A response body as an {@link InputStream}, fed by the HTTP client's publisher one chunk at a time.
 *
 * <p>The JDK's own body stream blocks without limit on a server that stops sending, and cannot be
 * told to stop. This one waits in short slices, so that between chunks it notices a cancelled fetch
 * at once and a server that has sent nothing for the idle timeout; it reports the bytes of each
 * chunk as it arrives. Closing it cancels the transfer.
 */
public final class BodyStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final Object END = new Object();

    private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final Duration idleTimeout;
    private final FetchContext context;
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> chunk = List.<ByteBuffer>of().iterator();
    private ByteBuffer current = ByteBuffer.allocate(0);
    private boolean ended;
    private volatile boolean closed;

    public BodyStream(Duration idleTimeout, FetchContext context) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        arrivals.add(buffers);
    }

    @Override
    public void onError(Throwable failure) {
        arrivals.add(failure);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        while (!current.hasRemaining()) {
            if (chunk.hasNext()) {
                current = chunk.next();
            } else if (ended || !nextChunk()) {
                return -1;
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(into, offset, n);
        return n;
    }

    /** Waits for the next chunk; false at the end of the body. */
    @SuppressWarnings("unchecked")
    private boolean nextChunk() throws IOException {
        if (closed) {
            throw new IOException("the response body was closed");
        }
        long deadline = System.nanoTime() + idleTimeout.toNanos();
        while (true) {
            context.checkNotCancelled();
            Object next;
            try {
                next = arrivals.poll(SLICE_NANOS, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the response body");
            }
            if (next == null) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new HttpTimeoutException("the server sent nothing for " + idleTimeout.toMillis()
                            + " ms in the middle of the response");
                }
            } else if (next == END) {
                ended = true;
                return false;
            } else if (next instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io
                        : new IOException("the response broke off: " + failure.getMessage(), failure);
            } else {
                List<ByteBuffer> buffers = (List<ByteBuffer>) next;
                long bytes = 0;
                for (ByteBuffer b : buffers) {
                    bytes += b.remaining();
                }
                context.bytesReceived().accept(bytes);
                chunk = buffers.iterator();
                subscription.request(1);
                return true;
            }
        }
    }

    /** Cancels the transfer when the body has not been read to its end. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Flow.Subscription s = subscription;
            if (s != null && !ended) {
                s.cancel();
            }
            arrivals.clear();
        }
    }
}
