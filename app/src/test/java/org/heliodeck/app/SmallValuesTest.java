package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

/** The little value types and formats of the shell. */
class SmallValuesTest {

    @Test
    void productReadsBackWhatItWrites() {
        Product p = Product.parse("omni2/omni2_hourly/N_p");
        assertThat(p).isEqualTo(new Product("omni2", "omni2_hourly", "N_p"));
        assertThat(p.toString()).isEqualTo("omni2/omni2_hourly/N_p");
        assertThatThrownBy(() -> Product.parse("omni2/N_p")).hasMessageContaining("provider/dataset/parameter");
        assertThatThrownBy(() -> Product.parse("omni2//N_p")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cadencesReadInTheirLargestWholeUnit() {
        assertThat(NodeDescription.cadence(Duration.ofHours(1))).isEqualTo("1 h");
        assertThat(NodeDescription.cadence(Duration.ofSeconds(4))).isEqualTo("4 s");
        assertThat(NodeDescription.cadence(Duration.ofMinutes(90))).isEqualTo("90 min");
        assertThat(NodeDescription.cadence(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(NodeDescription.cadence(Duration.ofNanos(4_096_000_001L))).isEqualTo("4.10 s");
    }

    @Test
    void sizesReadInBinaryUnits() {
        assertThat(LoadProgress.size(512)).isEqualTo("512 B");
        assertThat(LoadProgress.size(1920)).isEqualTo("1.9 kB");
        assertThat(LoadProgress.size(5L << 30)).isEqualTo("5.0 GB");
    }

    @Test
    void presetsAreCentredOnTheCurrentRange() {
        TimeRange day = TimeRange.of("2003-10-29", "2003-10-30");
        assertThat(RangePreset.HOUR.around(day)).isEqualTo(TimeRange.of("2003-10-29T11:30", "2003-10-29T12:30"));
        assertThat(RangePreset.MONTH.around(day)).isEqualTo(TimeRange.of("2003-10-14T12:00", "2003-11-13T12:00"));
    }
}
