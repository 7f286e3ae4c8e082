package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.heliodeck.core.model.Resampler.Statistic;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class SpectrogramTest {

    private static final long MINUTE = 60_000_000_000L;

    /** ACE EPAM electron fluxes in 4 constant energy channels (a real CDAWeb HAPI response, 19 records). */
    private static Variable epamElectrons() throws IOException {
        List<String> rows = Files.readAllLines(SharedData.file("hapi/HAPI_ndData_TimeIndependent_Axis.csv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .toList();
        long[] times = new long[rows.size()];
        double[] flux = new double[rows.size() * 4];
        for (int r = 0; r < rows.size(); r++) {
            String[] fields = rows.get(r).split(",");
            times[r] = Tt2000.parse(fields[0]);
            for (int e = 0; e < 4; e++) {
                flux[r * 4 + e] = Double.parseDouble(fields[e + 1]);
            }
        }
        Axis energy = Axis.constant("Energy", "MeV", "Energy", ScaleType.LOG, new double[] {0.0455, 0.078, 0.139, 0.245})
                .withRanges(Values.of(new double[] {0.038, 0.053, 0.103, 0.175}, 4),
                        Values.of(new double[] {0.053, 0.103, 0.175, 0.315}, 4));
        Metadata metadata = Metadata.builder()
                .units("1/(cm² s sr MeV)")
                .label("DE electron flux")
                .fillValue(-1e31)
                .displayType(DisplayType.SPECTROGRAM)
                .scaleType(ScaleType.LOG)
                .build();
        return Variable.of("ace-epam-de", "ace_epam_de_e", times, Values.of(flux, 4), List.of(energy), metadata);
    }

    /** A sweep of 3 bins whose centres move with each of 10 records (1 minute apart), as in a mode-switching analyser. */
    private static Variable sweep(long[] times) {
        double[] counts = new double[times.length * 3];
        double[] centres = new double[times.length * 3];
        for (int r = 0; r < times.length; r++) {
            for (int b = 0; b < 3; b++) {
                counts[r * 3 + b] = 100 * times[r] / MINUTE + b;
                centres[r * 3 + b] = (b + 1) * (times[r] / MINUTE + 1);
            }
        }
        Axis energy = Axis.timeVarying("energy", "eV", "E", ScaleType.LOG, Values.of(centres, 3));
        return Variable.of("SWEEP", "counts", times, Values.of(counts, 3), List.of(energy),
                Metadata.builder().displayType(DisplayType.SPECTROGRAM).build());
    }

    @Test
    void epamSliceKeepsItsConstantEnergyAxis() throws IOException {
        Variable epam = epamElectrons();

        Variable halfHour = epam.slice(new TimeRange(Tt2000.parse("1997-08-30T17:30:00Z"),
                Tt2000.parse("1997-08-30T18:00:00Z")));

        assertThat(halfHour.records()).isEqualTo(6);
        assertThat(halfHour.time().get(0)).isEqualTo(Tt2000.parse("1997-08-30T17:33:00Z"));
        assertThat(halfHour.time().get(5)).isEqualTo(Tt2000.parse("1997-08-30T17:59:00Z"));
        assertThat(halfHour.values().get(0, 0)).isEqualTo(5733.3);
        assertThat(halfHour.values().get(5, 3)).isEqualTo(50.724);
        assertThat(halfHour.axes()).isEqualTo(epam.axes());
        assertThat(halfHour.axes().getFirst().centre(3, 2)).isEqualTo(0.139);
        assertThat(halfHour.axes().getFirst().ranges().orElseThrow().upper().get(0, 3)).isEqualTo(0.315);
    }

    @Test
    void epamChannelAndTenMinuteMean() throws IOException {
        Variable epam = epamElectrons();

        Variable channel = epam.component(1);
        Variable tenMinutes = new Resampler(10 * MINUTE, Tt2000.parse("1997-08-30T17:00:00Z"))
                .resample(epam, Statistic.MEAN);

        assertThat(channel.values().get(0, 0)).isEqualTo(639.43);
        assertThat(channel.metadata().label()).isEqualTo("DE electron flux[1]");
        // 18:10–18:20 holds 18:14 (816.19) and 18:19 (163.9) in the lowest channel.
        assertThat(tenMinutes.time().get(7)).isEqualTo(Tt2000.parse("1997-08-30T18:10:00Z"));
        assertThat(tenMinutes.values().get(7, 0)).isCloseTo((816.19 + 163.9) / 2, within(1e-9));
        assertThat(tenMinutes.axes()).isEqualTo(epam.axes());
    }

    @Test
    void timeVaryingBinsFollowSliceSortMergeAndResample() {
        long[] minutes = new long[10];
        for (int r = 0; r < 10; r++) {
            minutes[r] = r * MINUTE;
        }
        Variable sweep = sweep(minutes);

        Variable middle = sweep.slice(new TimeRange(3 * MINUTE, 6 * MINUTE));
        assertThat(middle.records()).isEqualTo(3);
        assertThat(middle.axes().getFirst().centre(0, 0)).isEqualTo(4.0);
        assertThat(middle.axes().getFirst().centre(2, 2)).isEqualTo(18.0);

        Variable shuffled = sweep(new long[] {5 * MINUTE, 2 * MINUTE, 9 * MINUTE});
        assertThat(shuffled.axes().getFirst().centre(0, 1)).isEqualTo(6.0);
        assertThat(shuffled.values().get(0, 1)).isEqualTo(201.0);

        Variable merged = FragmentMerger.merge(List.of(sweep.slice(new TimeRange(5 * MINUTE, 10 * MINUTE)),
                sweep.slice(new TimeRange(0, 7 * MINUTE))));
        assertThat(merged.axes()).isEqualTo(sweep.axes());
        assertThat(merged.values()).isEqualTo(sweep.values());

        Variable pairs = new Resampler(2 * MINUTE, 0).resample(sweep, Statistic.MEAN);
        assertThat(pairs.axes().getFirst().centre(1, 0)).isEqualTo((3.0 + 4.0) / 2);
    }
}
