package org.heliodeck.data.cache;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Child process of {@link CrashConsistencyTest}: fills a cache with day after day of data, rewriting
 * the same days again and again, and says "stored" after each, until it is killed.
 */
public final class CacheWriterMain {

    private CacheWriterMain() {}

    public static void main(String[] args) throws Exception {
        try (FragmentCache cache = FragmentCache.open(Path.of(args[0]), CachePolicy.DEFAULT, Clock.systemUTC())) {
            CacheKey key = CacheKey.unversioned("crash", Samples.PRODUCT, List.of("BGSEc"));
            for (int i = 0; ; i++) {
                int day = i % CrashConsistencyTest.DAYS;
                cache.getOrFetch(key, Samples.days(day, day + 1), Duration.ofDays(1),
                        f -> Samples.magnetic(f, 2), CacheMode.FORCE_REFRESH);
                System.out.println("stored " + day);
                System.out.flush();
            }
        }
    }
}
