package org.heliodeck.data.cache;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;

/**
 * The persistent cache of fetched data: per {@link CacheKey}, the fragments of time already fetched,
 * each stored as a file ({@link FragmentFiles}) and listed in a SQLite index ({@link FragmentIndex}).
 * A request is answered from the fragments it has and fetches only the missing ones, each at most
 * once however many threads ask for it at the same time. A fragment without data is recorded too:
 * knowing there is nothing there saves asking again.
 *
 * <p>Writes go file first (temporary name, atomic rename), index row second, so a process killed at
 * any point leaves either a complete, indexed file or an unindexed one, which opening the cache
 * deletes. Thread-safe; one process per cache directory.
 */
public final class FragmentCache implements AutoCloseable {

    private final FragmentIndex index;
    private final FragmentFiles files;
    private final CachePolicy policy;
    private final Clock clock;
    private final Map<Fragment, CompletableFuture<List<Variable>>> inFlight = new ConcurrentHashMap<>();

    private record Fragment(CacheKey key, TimeRange range) {}

    private FragmentCache(FragmentIndex index, FragmentFiles files, CachePolicy policy, Clock clock) {
        this.index = index;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    /** The user's cache ({@code <cache dir>/fragments}) with the default policy. */
    public static FragmentCache open() throws IOException {
        return open(UserDirectories.current().cache().resolve("fragments"), CachePolicy.DEFAULT, Clock.systemUTC());
    }

    /**
     * Opens (creating it if needed) the cache in {@code directory} and makes index and files agree:
     * rows whose file is gone are dropped, files no row names (interrupted writes) are deleted.
     */
    public static FragmentCache open(Path directory, CachePolicy policy, Clock clock) throws IOException {
        Files.createDirectories(directory);
        FragmentIndex index = FragmentIndex.open(directory.resolve("index.db"));
        try {
            FragmentFiles files = new FragmentFiles(directory.resolve("files"));
            FragmentCache cache = new FragmentCache(index, files, policy, clock);
            cache.reconcile();
            return cache;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    private void reconcile() throws IOException {
        List<IndexEntry> lost = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (IndexEntry e : index.all()) {
            if (e.hasData() && !files.exists(e.file())) {
                lost.add(e);
            } else if (e.hasData()) {
                named.add(e.file());
            }
        }
        index.remove(lost);
        files.deleteAllBut(named);
    }

    /** What is cached of {@code range}: fresh data, as a request online would use it. */
    public Lookup lookup(CacheKey key, TimeRange range) throws IOException {
        return lookup(key, range, false);
    }

    /**
     * The data of {@code range}, from the cache where it has it (fresh) and from {@code fetcher}
     * for the other fragments of the grid of {@code fragmentLength}, which are then stored. Up to
     * {@code parallelism} fragments are fetched at once; after a failure no other is started.
     * Offline, nothing is fetched: the result has what is cached, expired or not, and says what is
     * missing.
     *
     * @throws IOException when a fetch fails (the fragments fetched before it stay cached) or the
     *     cache cannot be written
     * @throws java.util.concurrent.CancellationException when the fetcher was cancelled
     */
    public Lookup getOrFetch(CacheKey key, TimeRange range, Duration fragmentLength, Fetcher fetcher, CacheMode mode,
            int parallelism, FragmentListener listener) throws IOException {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism + " < 1");
        }
        if (mode == CacheMode.OFFLINE) {
            return lookup(key, range, true);
        }
        dropOtherVersions(key);
        List<Variable> pieces = new ArrayList<>();
        List<TimeRange> fetch = range.fragments(fragmentLength);
        if (mode == CacheMode.NORMAL) {
            List<IndexEntry> fresh = readable(key, range, false, pieces);
            List<TimeRange> covered = fresh.stream().map(IndexEntry::range).toList();
            fetch = fetch.stream().filter(f -> !f.intersect(range).orElseThrow().subtract(covered).isEmpty()).toList();
        }
        pieces.addAll(new ParallelFetch(fetch, parallelism, listener)
                .run(fragment -> fetchOnce(new Fragment(key, fragment), fetcher, mode == CacheMode.FORCE_REFRESH)));
        return new Lookup(merge(pieces, range), List.of());
    }

    /** One fragment at a time, unwatched. */
    public Lookup getOrFetch(CacheKey key, TimeRange range, Duration fragmentLength, Fetcher fetcher, CacheMode mode)
            throws IOException {
        return getOrFetch(key, range, fragmentLength, fetcher, mode, 1, FragmentListener.NONE);
    }

    /** {@link #getOrFetch(CacheKey, TimeRange, Duration, Fetcher, CacheMode)} in {@link CacheMode#NORMAL} mode. */
    public Lookup getOrFetch(CacheKey key, TimeRange range, Duration fragmentLength, Fetcher fetcher) throws IOException {
        return getOrFetch(key, range, fragmentLength, fetcher, CacheMode.NORMAL);
    }

    /**
     * Stores the data of one fragment, replacing what was stored for the same key and range. Records
     * outside the fragment are dropped; no variable with records makes an empty fragment.
     */
    public void put(CacheKey key, TimeRange fragment, List<Variable> variables) throws IOException {
        List<Variable> within = variables.stream().map(v -> v.slice(fragment)).filter(v -> v.records() > 0).toList();
        long now = clock.millis();
        IndexEntry entry;
        if (within.isEmpty()) {
            entry = new IndexEntry(0, key, fragment, "", 0, 0, now, now);
        } else {
            FragmentFiles.Stored s = files.write(within, Map.of("Source_name", key.provider(), "Data_version",
                    key.isVersioned() ? key.version() : " "));
            entry = new IndexEntry(0, key, fragment, s.name(), s.bytes(), s.checksum(), now, now);
        }
        Optional<IndexEntry> replaced;
        try {
            replaced = index.put(entry);
        } catch (IOException e) {
            if (entry.hasData()) {
                files.delete(entry.file());
            }
            throw e;
        }
        if (replaced.isPresent() && replaced.get().hasData()) {
            files.delete(replaced.get().file());
        }
        evictBeyondLimit();
    }

    /** The number of entries and bytes, overall and per provider. */
    public CacheStats stats() throws IOException {
        return index.stats();
    }

    /** Empties the cache. */
    public void clear() throws IOException {
        deleteFiles(index.removeAll(null));
    }

    /** Removes one provider's data. */
    public void clear(String provider) throws IOException {
        deleteFiles(index.removeAll(provider));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    private Lookup lookup(CacheKey key, TimeRange range, boolean includeExpired) throws IOException {
        if (!includeExpired) {
            dropOtherVersions(key);
        }
        List<Variable> pieces = new ArrayList<>();
        List<IndexEntry> present = readable(key, range, includeExpired, pieces);
        return new Lookup(merge(pieces, range), range.subtract(present.stream().map(IndexEntry::range).toList()));
    }

    /**
     * The entries of the key over the range that can be served (fresh, or any when
     * {@code includeExpired}) and read back, their variables added to {@code pieces}. Entries whose
     * file is corrupted are removed, so that they count as missing.
     */
    private List<IndexEntry> readable(CacheKey key, TimeRange range, boolean includeExpired, List<Variable> pieces)
            throws IOException {
        long now = clock.millis();
        List<IndexEntry> served = new ArrayList<>();
        List<IndexEntry> corrupted = new ArrayList<>();
        for (IndexEntry e : index.overlapping(key, range)) {
            if (!includeExpired && isExpired(e, now)) {
                continue;
            }
            if (!e.hasData()) {
                served.add(e);
                continue;
            }
            Optional<List<Variable>> read = files.read(e);
            if (read.isPresent()) {
                served.add(e);
                pieces.addAll(read.get());
            } else {
                corrupted.add(e);
            }
        }
        if (!corrupted.isEmpty()) {
            index.remove(corrupted);
            for (IndexEntry e : corrupted) {
                files.delete(e.file());
            }
        }
        index.touch(served, now);
        return served;
    }

    private boolean isExpired(IndexEntry e, long now) {
        return !e.key().isVersioned() && now - e.fetchedAt() > policy.retention(e.key().provider()).toMillis();
    }

    /**
     * The data of one fragment, fetched and stored by the first caller asking for it; callers asking
     * while that fetch runs wait for its result instead of fetching again, and fetch it themselves
     * when the first caller's request was cancelled.
     */
    private List<Variable> fetchOnce(Fragment fragment, Fetcher fetcher, boolean force) throws IOException {
        while (true) {
            CompletableFuture<List<Variable>> mine = new CompletableFuture<>();
            CompletableFuture<List<Variable>> running = inFlight.putIfAbsent(fragment, mine);
            if (running != null) {
                try {
                    return await(running, fragment);
                } catch (CancellationException theirsWasCancelled) {
                    continue;
                }
            }
            try {
                List<Variable> data = force ? null : cachedNow(fragment);
                if (data == null) {
                    data = fetcher.fetch(fragment.range()).stream().map(v -> v.slice(fragment.range())).toList();
                    put(fragment.key(), fragment.range(), data);
                }
                mine.complete(data);
                return data;
            } catch (IOException | RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                inFlight.remove(fragment, mine);
            }
        }
    }

    /**
     * The fragment's data when another caller stored it between this caller's lookup and its claim
     * on the fetch, else null.
     */
    private List<Variable> cachedNow(Fragment fragment) throws IOException {
        List<Variable> pieces = new ArrayList<>();
        List<IndexEntry> present = readable(fragment.key(), fragment.range(), false, pieces);
        boolean whole = present.stream().anyMatch(e -> e.range().contains(fragment.range()));
        return whole ? pieces : null;
    }

    private static List<Variable> await(CompletableFuture<List<Variable>> running, Fragment fragment) throws IOException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for " + fragment.key() + " " + fragment.range());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new IOException("fetching " + fragment.key() + " " + fragment.range() + " failed: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private void dropOtherVersions(CacheKey key) throws IOException {
        deleteFiles(index.removeOtherVersions(key));
    }

    private void evictBeyondLimit() throws IOException {
        long excess = index.totalBytes() - policy.maxBytes();
        if (excess > 0) {
            List<IndexEntry> victims = index.leastRecentlyRead(excess);
            index.remove(victims);
            deleteFiles(victims);
        }
    }

    private void deleteFiles(List<IndexEntry> removed) throws IOException {
        for (IndexEntry e : removed) {
            if (e.hasData()) {
                files.delete(e.file());
            }
        }
    }

    /** Joins the pieces of each variable, in the order the variables first appear, over the range. */
    private static List<Variable> merge(List<Variable> pieces, TimeRange range) {
        Map<String, List<Variable>> byName = new LinkedHashMap<>();
        for (Variable v : pieces) {
            byName.computeIfAbsent(v.name(), n -> new ArrayList<>()).add(v);
        }
        List<Variable> merged = new ArrayList<>();
        for (List<Variable> parts : byName.values()) {
            List<Variable> sorted = parts.stream()
                    .sorted(Comparator.comparingLong(v -> v.records() == 0 ? Long.MIN_VALUE : v.time().get(0)))
                    .toList();
            merged.add(FragmentMerger.merge(sorted).slice(range));
        }
        return merged;
    }
}
