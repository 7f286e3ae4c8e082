package org.heliodeck.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.archive.LocalArchive;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.CachePolicy;
import org.heliodeck.data.cache.FragmentCache;
import org.heliodeck.data.cache.Lookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataAccessTest {

    /** The OMNI2 archive seen as a remote provider that counts what it is asked. */
    private static final class CountingRemote implements Provider {
        final LocalArchive archive;
        final List<TimeRange> asked = Collections.synchronizedList(new ArrayList<>());

        CountingRemote(LocalArchive archive) {
            this.archive = archive;
        }

        @Override
        public String name() {
            return "remote-omni2";
        }

        @Override
        public List<InventoryNode> inventory() {
            return archive.inventory();
        }

        @Override
        public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context) throws IOException {
            asked.add(range);
            return archive.fetch(dataset, parameters, range, context);
        }
    }

    @Test
    void theSecondGetComesFromTheCacheAndOfflineSaysWhatIsMissing(@TempDir Path dir) throws IOException {
        LocalArchive archive = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        CountingRemote remote = new CountingRemote(archive);
        try (FragmentCache cache = FragmentCache.open(dir, CachePolicy.DEFAULT, Clock.systemUTC())) {
            DataAccess data = new DataAccess(cache);
            TimeRange storm = TimeRange.of("2003-10-29T12", "2003-10-31T12");
            Lookup first = data.get(remote, "omni2_hourly", List.of("Dst"), storm, CacheMode.NORMAL, FetchContext.UNWATCHED);
            assertThat(remote.asked).hasSize(3); // three UTC days
            Lookup second = data.get(remote, "omni2_hourly", List.of("Dst"), storm, CacheMode.NORMAL, FetchContext.UNWATCHED);
            assertThat(remote.asked).hasSize(3);
            assertThat(second.variables().getFirst().values()).isEqualTo(first.variables().getFirst().values());
            assertThat(second.variables().getFirst().records()).isEqualTo(48);

            Lookup offline = data.get(remote, "omni2_hourly", List.of("Dst"), TimeRange.of("2003-10-31", "2003-11-02"),
                    CacheMode.OFFLINE, FetchContext.UNWATCHED);
            assertThat(remote.asked).hasSize(3);
            assertThat(offline.variables().getFirst().records()).isEqualTo(24);
            assertThat(offline.missing()).containsExactly(TimeRange.of("2003-11-01", "2003-11-02"));
        }
    }

    @Test
    void localArchivesAreReadDirectly(@TempDir Path dir) throws IOException {
        LocalArchive archive = LocalArchive.open("omni2", SharedData.file("omni2-hourly/omni2_2003.dat").getParent());
        try (FragmentCache cache = FragmentCache.open(dir, CachePolicy.DEFAULT, Clock.systemUTC())) {
            Lookup got = new DataAccess(cache).get(archive, "omni2_hourly", List.of("V"), TimeRange.of("2003-10-30", "2003-10-31"),
                    CacheMode.NORMAL, FetchContext.UNWATCHED);
            assertThat(got.variables().getFirst().records()).isEqualTo(24);
            assertThat(cache.stats().entries()).isZero();
            assertThatThrownBy(() -> new DataAccess(cache).get(archive, "omni2_hourly", List.of("V"),
                    TimeRange.of("2003-10-30", "2003-10-30"), CacheMode.NORMAL, FetchContext.UNWATCHED)).hasMessageContaining("is empty");
        }
    }
}
