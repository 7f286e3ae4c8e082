package org.heliodeck.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeapSecondTableTest {

    private static final Path SYSTEM_LIST = Path.of("/usr/share/zoneinfo/leap-seconds.list");

    /** The last rows of the CDF table plus one more (hypothetical) leap second; earlier dates come from the bundled table. */
    private static String cdfTableWithExtraLeapSecond() {
        return """
                ; Year Month Day LeapSeconds Drift1 Drift2
                  2015   7    1   36.0   0.0  0.0
                  2017   1    1   37.0   0.0  0.0
                  2031   7    1   38.0   0.0  0.0
                """;
    }

    @Test
    void bundledTableEndsWithTheLeapSecondOf2016() {
        LeapSecondTable table = LeapSecondTable.bundled();
        assertThat(table.entries()).hasSize(42);
        assertThat(table.lastChange()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(table.taiMinusUtcNanos(LocalDate.of(2016, 12, 31).toEpochDay())).isEqualTo(36_000_000_000L);
        assertThat(table.taiMinusUtcNanos(LocalDate.of(2030, 1, 1).toEpochDay())).isEqualTo(37_000_000_000L);
        assertThat(table.taiMinusUtcNanos(LocalDate.of(1959, 12, 31).toEpochDay())).isZero();
    }

    @Test
    void readsTheCdfLayoutAndMovesInstantsAfterANewLeapSecond() {
        TimeScale scale = new TimeScale(LeapSecondTable.parse(cdfTableWithExtraLeapSecond(), "test table"));
        long leap = IsoTimeParser.parse("2031-06-30T23:59:60.25Z", scale);
        assertThat(IsoTimeFormat.EXACT.format(leap, scale)).isEqualTo("2031-06-30T23:59:60.250Z");
        assertThat(IsoTimeParser.parse("2031-07-01", scale) - Tt2000.parse("2031-07-01")).isEqualTo(1_000_000_000L);
        assertThatThrownBy(() -> Tt2000.parse("2031-06-30T23:59:60.25Z")).hasMessageContaining("has no leap second");
    }

    @Test
    void readsTheOperatingSystemsLeapSecondsList() {
        assumeTrue(Files.isReadable(SYSTEM_LIST), SYSTEM_LIST + " is absent: test skipped");
        LeapSecondTable table = LeapSecondTable.load(SYSTEM_LIST);
        assertThat(table.expires()).isPresent();
        assertThat(table.lastChange()).isAfterOrEqualTo(LocalDate.of(2017, 1, 1));
        // The list starts in 1972; the drift era comes from the bundled table.
        assertThat(table.entries().getFirst().date()).isEqualTo(LocalDate.of(1960, 1, 1));
        TimeScale scale = new TimeScale(table);
        for (String iso : new String[] {"1965-03-04T05:06:07.123456789Z", "1999-12-31T23:59:59.5Z", "2016-12-31T23:59:60.999Z"}) {
            assertThat(IsoTimeParser.parse(iso, scale)).isEqualTo(Tt2000.parse(iso));
        }
    }

    @Test
    void readsTheIetfLayoutFromText() {
        String text = """
                #\t$\t 3676924800
                #@\t4291747200
                3644697600\t36\t# 1 Jul 2015
                3692217600\t37\t# 1 Jan 2017
                """;
        LeapSecondTable table = LeapSecondTable.parse(text, "list");
        assertThat(table.expires()).contains(LocalDate.of(2036, 1, 1));
        assertThat(table.taiMinusUtcNanos(LocalDate.of(2016, 12, 31).toEpochDay())).isEqualTo(36_000_000_000L);
        assertThat(table.taiMinusUtcNanos(LocalDate.of(2017, 1, 1).toEpochDay())).isEqualTo(37_000_000_000L);
        assertThat(table.taiMinusUtcNanos(LocalDate.of(1999, 1, 1).toEpochDay())).isEqualTo(32_000_000_000L);
    }

    @Test
    void badTablesAreRefusedWithFileAndLine() {
        assertThatThrownBy(() -> LeapSecondTable.parse("1972 1 1 10.0 0.0\n", "t.txt"))
                .hasMessageContaining("t.txt:1").hasMessageContaining("found 5 fields");
        assertThatThrownBy(() -> LeapSecondTable.parse("; nothing\n", "t.txt")).hasMessageContaining("no leap-second entries");
        assertThatThrownBy(() -> LeapSecondTable.parse("1972 1 1 10 0 0\n1972 1 1 11 0 0\n", "t.txt"))
                .hasMessageContaining("increasing date order");
        assertThatThrownBy(() -> LeapSecondTable.parse("1972 1 1 10 0 0\n1973 1 1 12 0 0\n", "t.txt"))
                .hasMessageContaining("changes by 2.0 s on 1973-01-01");
        assertThatThrownBy(() -> LeapSecondTable.parse("1972 13 1 10 0 0\n", "t.txt")).hasMessageContaining("t.txt:1");
        assertThatThrownBy(() -> LeapSecondTable.parse("2272060801 10\n", "l")).hasMessageContaining("not a UTC midnight");
    }

    @Test
    void storeInstallsAValidTableAndUsesIt(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("new.txt"), cdfTableWithExtraLeapSecond());
        LeapSecondTableStore store = new LeapSecondTableStore(dir.resolve("config"), Map.of());
        assertThat(store.current()).isSameAs(LeapSecondTable.bundled());
        store.install(source);
        assertThat(store.installedPath()).exists();
        assertThat(store.current().lastChange()).isEqualTo(LocalDate.of(2031, 7, 1));
    }

    @Test
    void storeRefusesTablesOlderThanTheBundledOneAndIgnoresDamagedFiles(@TempDir Path dir) throws IOException {
        Path old = Files.writeString(dir.resolve("old.txt"), "1972 1 1 10 0 0\n");
        LeapSecondTableStore store = new LeapSecondTableStore(dir.resolve("config"), Map.of());
        assertThatThrownBy(() -> store.install(old)).hasMessageContaining("before the bundled table");
        assertThat(store.installedPath()).doesNotExist();

        Files.createDirectories(store.installedPath().getParent());
        Files.writeString(store.installedPath(), "garbage\n");
        assertThat(store.current()).isSameAs(LeapSecondTable.bundled());
    }

    @Test
    void storeFollowsTheCdfLibrarysEnvironmentVariable(@TempDir Path dir) throws IOException {
        Path cdfTable = Files.writeString(dir.resolve("CDFLeapSeconds.txt"), cdfTableWithExtraLeapSecond());
        LeapSecondTableStore store = new LeapSecondTableStore(dir.resolve("config"),
                Map.of(LeapSecondTableStore.CDF_ENV, cdfTable.toString()));
        assertThat(store.current().lastChange()).isEqualTo(LocalDate.of(2031, 7, 1));
    }
}
