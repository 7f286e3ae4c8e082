package org.heliodeck.data.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.heliodeck.data.cache.Samples.days;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.formats.DataSet;
import org.heliodeck.formats.ascii.Omni2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentCacheTest {

    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final CacheKey KEY = CacheKey.unversioned("cdaweb", Samples.PRODUCT, List.of("BGSEc"));

    @TempDir
    Path dir;

    private final Samples.TestClock clock = new Samples.TestClock();
    private FragmentCache cache;
    /** The ranges the fetcher was asked for, in order. */
    private final List<TimeRange> fetched = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() throws IOException {
        cache = FragmentCache.open(dir, CachePolicy.DEFAULT, clock);
    }

    @AfterEach
    void close() throws IOException {
        cache.close();
    }

    private List<Variable> fetch(TimeRange fragment) {
        fetched.add(fragment);
        return Samples.magnetic(fragment, 60);
    }

    private static final Fetcher NEVER = f -> {
        throw new AssertionError("fetched " + f + " although it is cached or the cache is offline");
    };

    @Test
    void aPartialHitFetchesOnlyTheMissingFragmentsAndReturnsExactlyTheRange() throws IOException {
        cache.getOrFetch(KEY, days(1, 2), ONE_DAY, this::fetch);
        fetched.clear();
        TimeRange range = new TimeRange(Samples.day(0) + 3_600_000_000_000L, Samples.day(3) - 7_000_000_000L);

        Lookup result = cache.getOrFetch(KEY, range, ONE_DAY, this::fetch);

        assertThat(fetched).containsExactly(days(0, 1), days(2, 3));
        assertThat(result.isComplete()).isTrue();
        assertSameData(result.variables().getFirst(), Samples.magnetic(range, 60).getFirst());
        fetched.clear();
        assertThat(cache.getOrFetch(KEY, range, ONE_DAY, NEVER).variables().getFirst().records())
                .isEqualTo(result.variables().getFirst().records());
    }

    @Test
    void omni2ThroughTheCacheEqualsADirectRead() throws IOException {
        DataSet omni = Omni2.read(SharedData.file("omni2-hourly/omni2_1998.dat"));
        List<Variable> some = omni.variables().subList(0, 4);
        CacheKey key = CacheKey.unversioned("archive:omni2", Omni2.PRODUCT, some.stream().map(Variable::name).toList());
        Fetcher slicer = f -> {
            fetched.add(f);
            return some.stream().map(v -> v.slice(f)).toList();
        };
        TimeRange first = TimeRange.of("1998-01-10T12:00", "1998-01-20");
        TimeRange second = TimeRange.of("1998-01-15", "1998-02-03T06:30");

        cache.getOrFetch(key, first, ONE_DAY, slicer);
        fetched.clear();
        Lookup result = cache.getOrFetch(key, second, ONE_DAY, slicer);

        assertThat(fetched).hasSize(15).allMatch(f -> f.start() >= TimeRange.of("1998-01-20", "1998-01-21").start());
        assertThat(result.variables()).hasSize(some.size());
        for (int i = 0; i < some.size(); i++) {
            Variable direct = some.get(i).slice(second);
            assertSameData(result.variables().get(i), direct);
            assertThat(result.variables().get(i).metadata().units()).isEqualTo(direct.metadata().units());
        }
    }

    @Test
    void concurrentIdenticalRequestsFetchEachFragmentOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Fetcher slow = f -> {
            fetched.add(f);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Samples.magnetic(f, 60);
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Lookup>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.getOrFetch(KEY, days(0, 3), ONE_DAY, slow);
                }));
            }
            start.countDown();
            for (Future<Lookup> r : results) {
                assertSameData(r.get(10, TimeUnit.SECONDS).variables().getFirst(),
                        Samples.magnetic(days(0, 3), 60).getFirst());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetched).containsExactlyInAnyOrder(days(0, 1), days(1, 2), days(2, 3));
    }

    @Test
    void emptyFragmentsAreRememberedAndNotFetchedAgain() throws IOException {
        Fetcher nothing = f -> {
            fetched.add(f);
            return List.of();
        };
        assertThat(cache.getOrFetch(KEY, days(0, 2), ONE_DAY, nothing).variables()).isEmpty();
        assertThat(cache.getOrFetch(KEY, days(0, 2), ONE_DAY, nothing).variables()).isEmpty();
        assertThat(fetched).hasSize(2);
        assertThat(cache.lookup(KEY, days(0, 2)).missing()).isEmpty();
        assertThat(cache.stats().entries()).isEqualTo(2);
        assertThat(cache.stats().bytes()).isZero();
    }

    @Test
    void theLeastRecentlyReadFragmentsAreEvictedBeyondTheSizeLimit() throws IOException {
        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);
        long perDay = cache.stats().bytes();
        cache.close();
        cache = FragmentCache.open(dir, CachePolicy.DEFAULT.withMaxBytes(perDay * 3 + perDay / 2), clock);
        for (int day = 1; day < 3; day++) {
            clock.advance(Duration.ofMinutes(1));
            cache.getOrFetch(KEY, days(day, day + 1), ONE_DAY, this::fetch);
        }
        clock.advance(Duration.ofMinutes(1));
        cache.lookup(KEY, days(0, 1)); // day 0 read again: day 1 is now the least recently read
        clock.advance(Duration.ofMinutes(1));
        cache.getOrFetch(KEY, days(3, 4), ONE_DAY, this::fetch);

        assertThat(cache.stats().bytes()).isLessThanOrEqualTo(perDay * 3 + perDay / 2);
        assertThat(cache.lookup(KEY, days(0, 4)).missing()).containsExactly(days(1, 2));
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void aNewVersionInvalidatesTheOldOne() throws IOException {
        CacheKey v1 = new CacheKey("cdaweb", Samples.PRODUCT, List.of("BGSEc"), "1");
        CacheKey v2 = new CacheKey("cdaweb", Samples.PRODUCT, List.of("BGSEc"), "2");
        cache.getOrFetch(v1, days(0, 2), ONE_DAY, this::fetch);
        clock.advance(Duration.ofDays(365)); // versioned data does not expire
        cache.getOrFetch(v1, days(0, 2), ONE_DAY, NEVER);

        cache.getOrFetch(v2, days(0, 2), ONE_DAY, this::fetch);

        assertThat(fetched).hasSize(4);
        assertThat(cache.stats().entries()).isEqualTo(2);
        assertThat(cache.lookup(v1, days(0, 2)).missing()).containsExactly(days(0, 2));
    }

    @Test
    void unversionedDataExpiresAfterTheRetentionButIsStillServedOffline() throws IOException {
        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);
        clock.advance(Duration.ofDays(6));
        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, NEVER);
        clock.advance(Duration.ofDays(2));

        assertThat(cache.lookup(KEY, days(0, 1)).missing()).containsExactly(days(0, 1));
        Lookup offline = cache.getOrFetch(KEY, days(0, 1), ONE_DAY, NEVER, CacheMode.OFFLINE);
        assertThat(offline.isComplete()).isTrue();
        assertThat(offline.variables().getFirst().records()).isEqualTo(1440);

        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);
        assertThat(fetched).containsExactly(days(0, 1), days(0, 1));
    }

    @Test
    void aProviderCanHaveItsOwnRetention() throws IOException {
        cache.close();
        cache = FragmentCache.open(dir, new CachePolicy(1L << 30, Duration.ofDays(7),
                java.util.Map.of("cdaweb", Duration.ofHours(1))), clock);
        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);
        clock.advance(Duration.ofHours(2));
        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);
        assertThat(fetched).hasSize(2);
    }

    @Test
    void offlineServesWhatIsCachedAndReportsTheGaps() throws IOException {
        cache.getOrFetch(KEY, days(1, 2), ONE_DAY, this::fetch);

        Lookup offline = cache.getOrFetch(KEY, days(0, 3), ONE_DAY, NEVER, CacheMode.OFFLINE);

        assertThat(offline.missing()).containsExactly(days(0, 1), days(2, 3));
        assertSameData(offline.variables().getFirst(), Samples.magnetic(days(1, 2), 60).getFirst());
    }

    @Test
    void forceRefreshFetchesAgainAndReplaces() throws IOException {
        cache.getOrFetch(KEY, days(0, 2), ONE_DAY, this::fetch);
        cache.getOrFetch(KEY, days(0, 2), ONE_DAY, this::fetch, CacheMode.FORCE_REFRESH);
        assertThat(fetched).hasSize(4);
        assertThat(cache.stats().entries()).isEqualTo(2);
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aCorruptedFileIsDroppedAndRefetchedNeverReturned() throws IOException {
        cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            file = files.findFirst().orElseThrow();
        }
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            c.read(b, c.size() / 2);
            b.put(0, (byte) (b.get(0) ^ 0x10));
            c.write(b.flip(), c.size() / 2);
        }

        assertThat(cache.lookup(KEY, days(0, 1)).missing()).containsExactly(days(0, 1));
        Lookup again = cache.getOrFetch(KEY, days(0, 1), ONE_DAY, this::fetch);

        assertThat(fetched).hasSize(2);
        assertSameData(again.variables().getFirst(), Samples.magnetic(days(0, 1), 60).getFirst());
        assertThat(file).doesNotExist();
    }

    @Test
    void openingReconcilesIndexAndFiles() throws IOException {
        cache.getOrFetch(KEY, days(0, 2), ONE_DAY, this::fetch);
        cache.close();
        List<Path> stored;
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            stored = files.toList();
        }
        Files.delete(stored.getFirst());
        Path orphan = Files.writeString(dir.resolve("files").resolve("left-over.cdf.tmp"), "half a file");

        cache = FragmentCache.open(dir, CachePolicy.DEFAULT, clock);

        assertThat(orphan).doesNotExist();
        assertThat(cache.stats().entries()).isEqualTo(1);
        assertThat(cache.lookup(KEY, days(0, 2)).missing()).hasSize(1);
    }

    @Test
    void statsAndClearArePerProvider() throws IOException {
        CacheKey amda = CacheKey.unversioned("amda", "ace_imf", List.of("imf"));
        cache.getOrFetch(KEY, days(0, 2), ONE_DAY, this::fetch);
        cache.getOrFetch(amda, days(0, 1), ONE_DAY, this::fetch);

        CacheStats stats = cache.stats();
        assertThat(stats.entries()).isEqualTo(3);
        assertThat(stats.byProvider()).containsOnlyKeys("amda", "cdaweb");
        assertThat(stats.byProvider().get("cdaweb").entries()).isEqualTo(2);
        assertThat(stats.bytes()).isEqualTo(stats.byProvider().values().stream().mapToLong(CacheStats.Usage::bytes).sum());

        cache.clear("cdaweb");
        assertThat(cache.stats().byProvider()).containsOnlyKeys("amda");
        cache.clear();
        assertThat(cache.stats().entries()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedFetchNamesTheFragmentAndKeepsWhatWasFetched() throws IOException {
        Fetcher failsOnDayOne = f -> {
            if (f.equals(days(1, 2))) {
                throw new IOException("cdaweb answered 503 for " + Samples.PRODUCT + " " + f);
            }
            return fetch(f);
        };
        assertThatThrownBy(() -> cache.getOrFetch(KEY, days(0, 2), ONE_DAY, failsOnDayOne))
                .isInstanceOf(IOException.class).hasMessageContaining("503");
        assertThat(cache.lookup(KEY, days(0, 2)).missing()).containsExactly(days(1, 2));
    }

    private static void assertSameData(Variable actual, Variable expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.time().toArray()).isEqualTo(expected.time().toArray());
        assertThat(actual.values()).isEqualTo(expected.values());
    }
}
