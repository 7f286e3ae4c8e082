package org.heliodeck.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.heliodeck.app.Product;
import org.heliodeck.app.plot.GeneratedProvider;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.Provider;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events placed from a remote orbit product, read through the cache: a second look asks the server nothing. */
class EventPositionsTest {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long DAY = 24 * HOUR;
    private static final long START = TimeRange.of("2003-10-01", "2003-10-02").start();
    private static final Product ORBIT = Product.parse("ssc/probe/XYZ_GSE");

    /** A server's orbit: x = 20 Re + one Re per day since the start, y = the hour of the day in Re, z = −1 Re; in km. */
    private static final class OrbitServer implements Provider {
        final List<TimeRange> asked = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final GeneratedProvider orbit = new GeneratedProvider("ssc", EventPositionsTest::orbit);

        @Override
        public String name() {
            return "ssc";
        }

        @Override
        public List<InventoryNode> inventory() {
            return List.of();
        }

        @Override
        public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context) {
            asked.add(range);
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20); // a round trip, so that fetches overlap when they may
                return orbit.fetch(dataset, parameters, range, context);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private final OrbitServer server = new OrbitServer();
    private FragmentCache cache;
    private DataAccess access;

    @BeforeEach
    void open(@TempDir Path dir) throws IOException {
        cache = FragmentCache.open(dir, CachePolicy.DEFAULT, Clock.systemUTC());
        access = new DataAccess(cache);
    }

    @AfterEach
    void close() throws IOException {
        access.close();
        cache.close();
    }

    @Test
    void eachEventIsPlacedAtItsMiddleInEarthRadii() throws IOException {
        List<Event> events = List.of(event(0, 2 * HOUR), event(3 * DAY + 10 * HOUR, 4 * HOUR), event(40 * DAY, 0));

        List<double[]> positions = EventPositions.of(events, ORBIT, cached());

        assertThat(positions.get(0)).containsExactly(new double[] {20 + 1.0 / 24, 1, -1}, within(1e-9));
        assertThat(positions.get(1)).containsExactly(new double[] {23.5, 12, -1}, within(1e-9));
        assertThat(positions.get(2)).containsExactly(new double[] {60, 0, -1}, within(1e-9));
    }

    @Test
    void aSecondLookAsksTheServerNothing() throws IOException {
        List<Event> events = java.util.stream.IntStream.range(0, 30).mapToObj(d -> event(d * DAY + 6 * HOUR, HOUR)).toList();

        List<double[]> first = EventPositions.of(events, ORBIT, cached());
        int askedOnce = server.asked.size();
        List<double[]> again = EventPositions.of(events, ORBIT, cached());

        assertThat(askedOnce).isEqualTo(30); // one day each, as the cache fragments them
        assertThat(server.asked).hasSize(askedOnce);
        assertThat(server.mostAtOnce.get()).isBetween(2, server.parallelFetches());
        for (int i = 0; i < events.size(); i++) {
            assertThat(again.get(i)).containsExactly(first.get(i), within(0.0));
        }
    }

    @Test
    void aProductWithoutThreeComponentsIsNotAPosition() {
        Product scalar = Product.parse("ssc/probe/distance");
        assertThatThrownBy(() -> EventPositions.of(List.of(event(0, HOUR)), scalar, cached()))
                .isInstanceOf(IOException.class).hasMessageContaining("ssc/probe/distance").hasMessageContaining("not a position");
    }

    private ProviderLookup cached() {
        return name -> access.through(server);
    }

    private static Event event(long fromStart, long duration) {
        return Event.of(START + fromStart, START + fromStart + duration, Instant.now());
    }

    /** The orbit every 30 minutes over October and November 2003 (a scalar for any parameter but XYZ_GSE). */
    private static Variable orbit(String parameter) {
        int records = 61 * 48;
        int components = parameter.equals("XYZ_GSE") ? 3 : 1;
        long[] times = new long[records];
        double[] values = new double[records * components];
        for (int r = 0; r < records; r++) {
            times[r] = START + r * HOUR / 2;
            double[] re = {20 + r / 48.0, (r % 48) / 2.0, -1};
            for (int c = 0; c < components; c++) {
                values[r * components + c] = re[c] * 6371.2;
            }
        }
        return Variable.of("ssc/probe", parameter, times, Values.of(values, components), List.of(),
                Metadata.builder().label("Position").units("km").build());
    }
}
