package org.heliodeck.data.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.archive.FilePattern.Field;
import org.junit.jupiter.api.Test;

class FilePatternTest {

    @Test
    void theFinestFieldGivesThePeriodAndFieldsExpandWithTheirDigits() {
        FilePattern daily = FilePattern.parse("{yyyy}/{doy}/wi_h0_mfi_{yyyy}{MM}{dd}_v{version}.cdf");
        assertThat(daily.finestPeriod()).hasToString("P1D");
        assertThat(daily.versioned()).isTrue();
        LocalDateTime leapDay = LocalDateTime.of(2020, 2, 29, 0, 0);
        assertThat(daily.folder(leapDay)).isEqualTo("2020/060/");
        assertThat(daily.nameAt(leapDay).matcher("wi_h0_mfi_20200229_v1.2.10.cdf").matches()).isTrue();
        assertThat(daily.nameAt(leapDay).matcher("wi_h0_mfi_20200228_v05.cdf").matches()).isFalse();

        FilePattern hourly = FilePattern.parse("c1_{yyyy}{MM}{dd}{HH}.dat");
        assertThat(hourly.finestPeriod()).hasToString("PT1H");
        assertThat(hourly.name(LocalDateTime.of(2003, 1, 2, 9, 0))).isEqualTo("c1_2003010209.dat");
        assertThat(FilePattern.parse("omni2_{yyyy}.dat").finestPeriod()).hasToString("P1Y");
    }

    @Test
    void listedNamesGiveTheTimeOfTheirFile() {
        FilePattern p = FilePattern.parse("{yyyy}/x_{yyyy}{doy}_v{version}.cdf");
        Map<Field, String> year = p.match(0, "2021", Map.of()).orElseThrow();
        Map<Field, String> file = p.match(1, "x_2021032_v03.cdf", year).orElseThrow();
        assertThat(FilePattern.time(file)).contains(LocalDateTime.of(2021, 2, 1, 0, 0));
        assertThat(file).containsEntry(Field.VERSION, "03");
        assertThat(p.match(1, "x_2021032.cdf", year)).isEmpty();
        assertThat(FilePattern.time(Map.of(Field.YEAR, "2021", Field.MONTH, "13"))).isEmpty();
    }

    @Test
    void periodsTileTheCalendarFromTheSpanHoldingTheRangeStart() {
        assertThat(FilePeriod.parse("PT6H").startsWithin(TimeRange.of("2020-01-01T05", "2020-01-01T13")))
                .containsExactly(LocalDateTime.of(2020, 1, 1, 0, 0), LocalDateTime.of(2020, 1, 1, 6, 0),
                        LocalDateTime.of(2020, 1, 1, 12, 0));
        assertThat(FilePeriod.parse("P3M").startsWithin(TimeRange.of("2019-12-31", "2020-05-01")))
                .containsExactly(LocalDateTime.of(2019, 10, 1, 0, 0), LocalDateTime.of(2020, 1, 1, 0, 0),
                        LocalDateTime.of(2020, 4, 1, 0, 0));
        // A leap second ends 2016: the span of its last day still starts at midnight.
        assertThat(FilePeriod.parse("P1D").startsWithin(TimeRange.of("2016-12-31T23:59:60", "2017-01-01T00:00:01")))
                .containsExactly(LocalDateTime.of(2016, 12, 31, 0, 0), LocalDateTime.of(2017, 1, 1, 0, 0));
    }
}
