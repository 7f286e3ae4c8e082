package org.heliodeck.data.cache;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * The fetches of one request's missing fragments, at most {@code parallelism} at a time, in time
 * order. The first failure stops new fetches from starting; the running ones finish (each is bounded
 * by its provider's timeouts) and keep their data cached, then the failure is thrown.
 */
final class ParallelFetch {

    @FunctionalInterface
    interface FragmentFetch {
        List<Variable> fetch(TimeRange fragment) throws IOException;
    }

    private final List<TimeRange> fragments;
    private final int parallelism;
    private final FragmentListener listener;

    ParallelFetch(List<TimeRange> fragments, int parallelism, FragmentListener listener) {
        this.fragments = fragments;
        this.parallelism = parallelism;
        this.listener = listener;
    }

    /** The variables of every fragment, in fragment order. */
    List<Variable> run(FragmentFetch fetch) throws IOException {
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<List<Variable>>> results = new ArrayList<>();
        Semaphore permits = new Semaphore(parallelism);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (TimeRange fragment : fragments) {
                acquire(permits);
                if (failure.get() != null) {
                    permits.release();
                    break;
                }
                results.add(threads.submit(() -> {
                    try {
                        List<Variable> data = fetch.fetch(fragment);
                        listener.arrived(fragment, data, done.incrementAndGet(), fragments.size());
                        return data;
                    } catch (IOException | RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                        throw e;
                    } finally {
                        permits.release();
                    }
                }));
            }
        }
        rethrow(failure.get());
        List<Variable> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.resultNow()));
        return all;
    }

    private static void acquire(Semaphore permits) throws InterruptedIOException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching");
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        switch (failure) {
            case null -> { }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }
}
