package org.heliodeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.cache.CacheKey;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.FragmentListener;
import org.heliodeck.data.cache.Lookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounded parallel fetches, fragments reported as they arrive, stale requests cancelled, providers independent. */
class RequestPlanningTest {

    private static final String DATASET = "omni2_hourly";
    private static final List<String> DST = List.of("Dst");
    private static final TimeRange EIGHT_DAYS = TimeRange.of("2003-10-25", "2003-11-02");

    @FunctionalInterface
    private interface BeforeFetch {
        void run(TimeRange fragment, FetchContext context) throws IOException, InterruptedException;
    }

    /** The OMNI2 archive seen as a remote provider, doing {@code before} ahead of each fetch. */
    private static final class Remote implements Provider {
        final String name;
        final LocalArchive archive;
        final BeforeFetch before;
        final int parallelism;
        final List<TimeRange> asked = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        Remote(String name, LocalArchive archive, int parallelism, BeforeFetch before) {
            this.name = name;
            this.archive = archive;
            this.parallelism = parallelism;
            this.before = before;
        }

        @Override
        public int parallelFetches() {
            return parallelism;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<InventoryNode> inventory() {
            return archive.inventory();
        }

        @Override
        public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
                throws IOException {
            asked.add(range);
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                before.run(range, context);
                return archive.fetch(dataset, parameters, range, context);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private LocalArchive archive;
    private FragmentCache cache;
    private DataAccess data;

    @BeforeEach
    void open(@TempDir Path dir) throws IOException {
        archive = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        cache = FragmentCache.open(dir, CachePolicy.DEFAULT, Clock.systemUTC());
        data = new DataAccess(cache);
    }

    @AfterEach
    void close() throws IOException {
        data.close();
        cache.close();
    }

    @Test
    void fragmentsAreFetchedFourAtATimeAndReportedAsTheyArrive() throws IOException {
        Remote slow = new Remote("slow", archive, 4, (f, c) -> Thread.sleep(150));
        List<Integer> done = new CopyOnWriteArrayList<>();
        List<TimeRange> arrived = new CopyOnWriteArrayList<>();
        FragmentListener listener = (fragment, variables, n, total) -> {
            assertThat(total).isEqualTo(8);
            assertThat(variables.getFirst().records()).isEqualTo(24);
            arrived.add(fragment);
            done.add(n);
        };
        Lookup got = data.get(slow, DATASET, DST, EIGHT_DAYS, CacheMode.NORMAL, FetchContext.UNWATCHED, listener);

        assertThat(slow.asked).hasSize(8);
        assertThat(slow.mostAtOnce.get()).isEqualTo(4);
        assertThat(done).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(arrived).containsExactlyInAnyOrderElementsOf(EIGHT_DAYS.fragments(java.time.Duration.ofDays(1)));
        Variable dst = got.variables().getFirst();
        assertThat(dst.records()).isEqualTo(8 * 24);
        assertThat(dst.values()).isEqualTo(archive.fetch(DATASET, DST, EIGHT_DAYS, FetchContext.UNWATCHED).getFirst().values());
    }

    @Test
    void aNewRequestCancelsTheStaleOneWhichKeepsWhatItFetched() throws Exception {
        CountDownLatch twoDaysIn = new CountDownLatch(2);
        Remote remote = new Remote("panel", archive, 1, (fragment, context) -> {
            if (fragment.start() >= TimeRange.of("2003-10-27", "2003-10-28").start()) {
                while (true) { // a long download that looks at its cancellation, as providers do
                    context.checkNotCancelled();
                    Thread.sleep(5);
                }
            }
        });
        LatestRequest panel = new LatestRequest();
        CompletableFuture<Lookup> stale = data.getAsync(remote, DATASET, DST, EIGHT_DAYS, CacheMode.NORMAL,
                panel.next(bytes -> { }), (fragment, variables, done, total) -> twoDaysIn.countDown());
        assertThat(twoDaysIn.await(10, TimeUnit.SECONDS)).isTrue();

        TimeRange visible = TimeRange.of("2003-10-25", "2003-10-26");
        Lookup fresh = data.get(remote, DATASET, DST, visible, CacheMode.NORMAL, panel.next(bytes -> { }));

        assertThatThrownBy(() -> stale.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancellationException.class);
        assertThat(fresh.variables().getFirst().records()).isEqualTo(24);
        Lookup kept = cache.lookup(CacheKey.unversioned("panel", DATASET, DST), EIGHT_DAYS);
        assertThat(kept.missing()).containsExactly(TimeRange.of("2003-10-27", "2003-11-02"));
    }

    @Test
    void aProviderThatHangsDoesNotHoldUpAnother() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Remote hanging = new Remote("hanging", archive, 4, (f, c) -> release.await());
        Remote quick = new Remote("quick", archive, 4, (f, c) -> { });
        CompletableFuture<Lookup> stuck = data.getAsync(hanging, DATASET, DST, EIGHT_DAYS, CacheMode.NORMAL,
                FetchContext.UNWATCHED, FragmentListener.NONE);
        try {
            Lookup got = data.getAsync(quick, DATASET, DST, EIGHT_DAYS, CacheMode.NORMAL, FetchContext.UNWATCHED,
                    FragmentListener.NONE).get(10, TimeUnit.SECONDS);
            assertThat(got.variables().getFirst().records()).isEqualTo(8 * 24);
            assertThat(stuck).isNotDone();
        } finally {
            release.countDown();
        }
        // The released request still writes its fragments into the cache: let it end before the cache directory goes.
        assertThat(stuck.get(10, TimeUnit.SECONDS).variables().getFirst().records()).isEqualTo(8 * 24);
    }

    @Test
    void afterAFailureNoOtherFragmentIsStarted() {
        Remote failing = new Remote("failing", archive, 1, (fragment, context) -> {
            if (fragment.equals(TimeRange.of("2003-10-26", "2003-10-27"))) {
                throw new IOException("failing answered 503 for omni2_hourly over " + fragment);
            }
        });
        assertThatThrownBy(() -> data.get(failing, DATASET, DST, EIGHT_DAYS, CacheMode.NORMAL, FetchContext.UNWATCHED))
                .isInstanceOf(IOException.class).hasMessageContaining("503").hasMessageContaining("2003-10-26");
        assertThat(failing.asked).hasSize(2);
    }
}
