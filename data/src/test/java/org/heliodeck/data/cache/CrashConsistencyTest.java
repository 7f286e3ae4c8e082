package org.heliodeck.data.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL at an arbitrary point of a write leaves a cache that reads back correct. */
class CrashConsistencyTest {

    static final int DAYS = 4;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killedWriterLeavesAConsistentCache() throws Exception {
        for (int round = 0; round < 3; round++) {
            killWriterAfter(3 + round * 2);
            try (FragmentCache cache = FragmentCache.open(dir, CachePolicy.DEFAULT, Clock.systemUTC())) {
                try (Stream<Path> files = Files.list(dir.resolve("files"))) {
                    assertThat(files).noneMatch(f -> f.toString().endsWith(".tmp"));
                }
                CacheKey key = CacheKey.unversioned("crash", Samples.PRODUCT, List.of("BGSEc"));
                TimeRange all = Samples.days(0, DAYS);
                Lookup cached = cache.lookup(key, all);
                assertThat(cached.variables()).hasSize(1);
                Variable b = cached.variables().getFirst();
                int expectedRecords = 0;
                for (int day = 0; day < DAYS; day++) {
                    TimeRange d = Samples.days(day, day + 1);
                    if (cached.missing().stream().noneMatch(m -> m.overlaps(d))) {
                        expectedRecords += 43_200;
                        assertThat(b.slice(d).records()).as("day %d", day).isEqualTo(43_200);
                    }
                }
                assertThat(b.records()).isEqualTo(expectedRecords).isPositive();
                for (int i = 0; i < b.records(); i += 997) {
                    for (int k = 0; k < 3; k++) {
                        assertThat(b.values().get(i, k)).isEqualTo(Samples.expected(b.time().get(i), k));
                    }
                }
                assertThat(cache.stats().entries()).isEqualTo(DAYS - cached.missing().size());
            }
        }
    }

    /** Starts the writer, waits until it has stored {@code stores} fragments, and kills it. */
    private void killWriterAfter(int stores) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", CacheWriterMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (int seen = 0; seen < stores; ) {
                String line = out.readLine();
                assertThat(line).as("the writer's output (it ended early?)").isNotNull();
                if (line.startsWith("stored")) {
                    seen++;
                }
            }
            // Somewhere in the next write: the files of a day take a few tens of milliseconds.
            Thread.sleep(5 + stores * 3L);
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
