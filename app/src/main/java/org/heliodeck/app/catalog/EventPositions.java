package org.heliodeck.app.catalog;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.heliodeck.app.Product;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.Provider;

/**
 * Where the spacecraft was at each event's middle, from an orbit product: a position variable of
 * three components (x, y, z, in the frame the product gives, e.g. GSE or GSM), in Earth radii or in
 * km (converted). Each event asks for {@link #WINDOW} around its middle and takes the nearest
 * record; as many events are asked at once as the provider takes fragments of one request, since a
 * catalog of hundreds of events would otherwise wait on hundreds of round trips one after another.
 * The application hands in providers read through the cache, so a second look asks no server.
 * Reads data: off the FX thread.
 */
public final class EventPositions {

    /** Half the span of data asked for around each event's middle: orbits are sampled every minute to every hour. */
    public static final long WINDOW = 2 * 3_600_000_000_000L;
    /** The Earth's mean equatorial radius as SSCWeb and CDAWeb use it. */
    private static final double KM_PER_RE = 6371.2;

    private EventPositions() {}

    /**
     * The position of each event in Earth radii, {x, y, z}; NaNs where the product has no record in
     * the window.
     *
     * @throws IOException naming the product when it cannot be read or is not a position
     */
    public static List<double[]> of(List<Event> events, Product orbit, ProviderLookup providers) throws IOException {
        Provider provider = providers.require(orbit.provider());
        Semaphore turns = new Semaphore(provider.parallelFetches());
        List<Future<double[]>> asked = new ArrayList<>();
        try (ExecutorService fetches = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Event e : events) {
                asked.add(fetches.submit(() -> {
                    turns.acquire();
                    try {
                        return at(provider, orbit, e.start() + (e.stop() - e.start()) / 2);
                    } finally {
                        turns.release();
                    }
                }));
            }
            List<double[]> positions = new ArrayList<>(events.size());
            for (Future<double[]> position : asked) {
                positions.add(position.get());
            }
            return positions;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(orbit + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped placing the events with " + orbit);
        }
    }

    private static double[] at(Provider provider, Product orbit, long middle) throws IOException {
        List<Variable> read = provider.fetch(orbit.dataset(), List.of(orbit.parameter()),
                new TimeRange(middle - WINDOW, middle + WINDOW), FetchContext.UNWATCHED);
        return read.isEmpty() ? nowhere() : nearest(read.getFirst(), middle, orbit);
    }

    private static double[] nearest(Variable v, long time, Product orbit) throws IOException {
        if (v.records() == 0) {
            return nowhere();
        }
        if (v.values().recordSize() < 3) {
            throw new IOException(orbit + " is not a position: its records have " + v.values().recordSize()
                    + " components, not x, y, z");
        }
        int after = Math.min(v.time().indexAtOrAfter(time), v.records() - 1);
        int at = after > 0 && time - v.time().get(after - 1) < Math.abs(v.time().get(after) - time) ? after - 1 : after;
        double scale = v.metadata().units().toLowerCase(Locale.ROOT).contains("km") ? 1 / KM_PER_RE : 1;
        return new double[] {v.values().get(at, 0) * scale, v.values().get(at, 1) * scale, v.values().get(at, 2) * scale};
    }

    private static double[] nowhere() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
}
