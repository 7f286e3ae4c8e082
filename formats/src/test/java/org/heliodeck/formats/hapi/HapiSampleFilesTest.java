package org.heliodeck.formats.hapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code shared/data/hapi}, read through the codecs. Expected values were read from
 * the files independently: CSV with {@code head}/{@code tail}/{@code awk}, binary records decoded
 * with Python's {@code struct} ({@code '<24s'} then {@code '<d'}s after the {@code #} lines).
 */
class HapiSampleFilesTest {

    private static DataSet read(HapiCodec codec, String name) throws IOException {
        return codec.read(SharedData.file("hapi/" + name));
    }

    private static Variable variable(DataSet data, String name) {
        return data.variable(name).orElseThrow();
    }

    private static double min(Variable v) {
        return stats(v)[0];
    }

    private static double max(Variable v) {
        return stats(v)[1];
    }

    /** Min and max over every sample that is not NaN. */
    private static double[] stats(Variable v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < v.records(); r++) {
            for (int e = 0; e < v.values().recordSize(); e++) {
                double x = v.values().get(r, e);
                if (!Double.isNaN(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return new double[] {lo, hi};
    }

    private static double[] record(Variable v, int record) {
        double[] out = new double[v.values().recordSize()];
        for (int e = 0; e < out.length; e++) {
            out[e] = v.values().get(record, e);
        }
        return out;
    }

    @Test
    void sampleCsvHas48HourlyMagnitudes() throws IOException {
        DataSet data = read(new HapiCsvCodec(), "HAPI_sample_csv.csv");

        assertThat(data.product()).isEqualTo("HAPI_sample_csv");
        assertThat(data.variables()).extracting(Variable::name).containsExactly("Magnitude");
        Variable magnitude = variable(data, "Magnitude");
        assertThat(magnitude.records()).isEqualTo(48);
        assertThat(magnitude.time().get(0)).isEqualTo(Tt2000.parse("1997-09-02T00:00:00Z"));
        assertThat(magnitude.time().get(47)).isEqualTo(Tt2000.parse("1997-09-03T23:00:00Z"));
        // The data README gives "min 2.658, max 14.743": those are the first and last values. The
        // file's extremes (awk over column 2) are 2.656 at 14:00 on the 2nd and 16.041 at 20:00 on the 3rd.
        assertThat(magnitude.values().get(0, 0)).isEqualTo(2.658);
        assertThat(magnitude.values().get(47, 0)).isEqualTo(14.743);
        assertThat(min(magnitude)).isEqualTo(2.656);
        assertThat(max(magnitude)).isEqualTo(16.041);
        assertThat(magnitude.metadata().units()).isEqualTo("nT");
        assertThat(magnitude.metadata().fillValue()).isEqualTo(-1.0e31);
        assertThat(magnitude.metadata().attributes()).containsEntry("description", "B-field magnitude");
        assertThat(data.attributes()).containsEntry("HAPI", "2.0");
    }

    @Test
    void sampleCsvWithVectorsFlattensThemLastIndexFastest() throws IOException {
        DataSet data = read(new HapiCsvCodec(), "HAPI_sample_csv_multiple_vars.csv");

        assertThat(data.variables()).extracting(Variable::name)
                .containsExactly("Magnitude", "BGSEc", "BGSM", "SC_pos_GSE");
        Variable gse = variable(data, "BGSEc");
        assertThat(gse.records()).isEqualTo(48);
        assertThat(gse.values().shape()).containsExactly(3);
        assertThat(record(gse, 0)).containsExactly(0.654, -1.157, -2.252);
        assertThat(record(variable(data, "BGSM"), 0)).containsExactly(0.654, -1.622, -1.944);
        assertThat(record(variable(data, "SC_pos_GSE"), 47)).containsExactly(842254.0, 30870.0, 103923.0);
        assertThat(variable(data, "SC_pos_GSE").metadata().units()).isEqualTo("km");
        assertThat(gse.time().get(47)).isEqualTo(Tt2000.parse("1997-09-03T23:00:00.000Z"));
        assertThat(variable(data, "Magnitude").values().get(47, 0)).isEqualTo(14.743);
    }

    @Test
    void amdaBinaryIsReadAsBinaryThoughItsHeaderSaysCsv() throws IOException {
        Path file = SharedData.file("hapi/HAPI_amda_imf_all.binary");
        HapiBinaryCodec codec = new HapiBinaryCodec();
        HapiTable table = codec.readTable(file);
        assertThat(table.info().format()).contains("csv");
        assertThat(table.info().version()).isEqualTo("2.0");
        assertThat(table.info().text("cadence")).contains("PT16S");

        DataSet data = codec.read(file);
        Variable magnitude = variable(data, "imf_mag");
        Variable imf = variable(data, "imf");
        assertThat(magnitude.records()).isEqualTo(48);
        assertThat(imf.values().shape()).containsExactly(3);
        assertThat(magnitude.time().get(0)).isEqualTo(Tt2000.parse("1997-09-02T17:01:00.000Z"));
        assertThat(magnitude.time().get(1)).isEqualTo(Tt2000.parse("1997-09-02T17:01:16.000Z"));
        assertThat(magnitude.time().get(47)).isEqualTo(Tt2000.parse("1997-09-02T17:13:32.000Z"));
        assertThat(magnitude.values().get(0, 0)).isEqualTo(3.0796);
        assertThat(record(imf, 0)).containsExactly(-0.594, -0.476, -2.984);
        assertThat(record(imf, 1)).containsExactly(0.004, -1.021, -2.972);
        assertThat(magnitude.values().get(47, 0)).isEqualTo(2.6199);
        assertThat(record(imf, 47)).containsExactly(-1.286, 0.407, -2.246);
        assertThat(min(magnitude)).isEqualTo(2.5106);
        assertThat(max(magnitude)).isEqualTo(3.2783);
        assertThat(imf.metadata().fillValue()).isEqualTo(-1e31);
    }

    @Test
    void timeIndependentBinsBecomeAConstantAxisWithRanges() throws IOException {
        DataSet data = read(new HapiBinaryCodec(), "HAPI_ndData_TimeIndependent_Axis.binary");

        Variable flux = variable(data, "ace_epam_de_e");
        assertThat(flux.records()).isEqualTo(1106);
        assertThat(flux.time().get(0)).isEqualTo(Tt2000.parse("1997-08-30T17:06:00.000Z"));
        assertThat(flux.time().get(1105)).isEqualTo(Tt2000.parse("1997-09-03T17:01:00.000Z"));
        assertThat(record(flux, 0)).containsExactly(6576.2, 639.43, 125.4, 55.765);
        assertThat(record(flux, 1105)).containsExactly(198.86, 112.87, 60.823, 22.587);
        // Records 79 and 356 are all fill (-1e31).
        assertThat(flux.time().get(79)).isEqualTo(Tt2000.parse("1997-08-30T23:57:00.000Z"));
        assertThat(record(flux, 79)).containsOnly(Double.NaN);
        assertThat(record(flux, 356)).containsOnly(Double.NaN);
        assertThat(min(flux)).isEqualTo(15.801);
        assertThat(max(flux)).isEqualTo(6819.0);
        assertThat(flux.metadata().units()).isEqualTo("1/(cm² s sr MeV)");
        assertThat(flux.metadata().displayType()).isEqualTo(DisplayType.SPECTROGRAM);

        Axis energy = flux.axes().getFirst();
        assertThat(energy.name()).isEqualTo("Energy");
        assertThat(energy.units()).isEqualTo("MeV");
        assertThat(energy.timeVarying()).isFalse();
        assertThat(centres(energy, 0)).containsExactly(0.0455, 0.078, 0.139, 0.245);
        Axis.Ranges ranges = energy.ranges().orElseThrow();
        assertThat(ranges.lower().get(0, 0)).isEqualTo(0.038);
        assertThat(ranges.upper().get(0, 3)).isEqualTo(0.315);
    }

    @Test
    void timeIndependentCsvHoldsTheFirst19RecordsOfTheBinary() throws IOException {
        Variable csv = variable(read(new HapiCsvCodec(), "HAPI_ndData_TimeIndependent_Axis.csv"), "ace_epam_de_e");
        Variable binary = variable(read(new HapiBinaryCodec(), "HAPI_ndData_TimeIndependent_Axis.binary"),
                "ace_epam_de_e");

        assertThat(csv.records()).isEqualTo(19);
        assertThat(csv.time().get(18)).isEqualTo(Tt2000.parse("1997-08-30T18:40:00.000Z"));
        assertThat(record(csv, 18)).containsExactly(197.24, 118.36, 69.415, 30.367);
        for (int r = 0; r < 19; r++) {
            assertThat(csv.time().get(r)).isEqualTo(binary.time().get(r));
            assertThat(record(csv, r)).containsExactly(record(binary, r));
        }
        assertThat(csv.axes()).isEqualTo(binary.axes());
    }

    @Test
    void timeVaryingBinsFollowTheirParameterRecordByRecord() throws IOException {
        DataSet data = read(new HapiBinaryCodec(), "HAPI_ndData_TimeVarying_Axis.binary");

        assertThat(data.variables()).extracting(Variable::name).containsExactly("spectra",
                "spectra_time_dependent_bins", "frequency_centers_time_varying", "frequency_ranges_time_varying");
        Variable spectra = variable(data, "spectra_time_dependent_bins");
        assertThat(spectra.records()).isEqualTo(71);
        assertThat(spectra.time().get(0)).isEqualTo(Tt2000.parse("1970-01-01T00:00:00Z"));
        assertThat(spectra.time().get(70)).isEqualTo(Tt2000.parse("1970-01-01T00:01:10Z"));
        assertThat(record(spectra, 0)).containsExactly(0, 1, 0.5, 1.0 / 3, 0.25, 0.2, 1.0 / 6, 1.0 / 7, 0.125, 1.0 / 9);

        Axis frequency = spectra.axes().getFirst();
        assertThat(frequency.timeVarying()).isTrue();
        assertThat(frequency.units()).isEqualTo("Hz");
        assertThat(centres(frequency, 0)).containsExactly(11, 13, 15, 17, 19, 21, 23, 25, 27, 29);
        assertThat(centres(frequency, 60)).containsExactly(1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
        // Record 2 has a fill (-1e31) as its first centre: NaN on the axis too.
        assertThat(frequency.centre(2, 0)).isNaN();
        assertThat(frequency.centre(2, 1)).isEqualTo(13);
        Axis.Ranges ranges = frequency.ranges().orElseThrow();
        assertThat(ranges.lower().get(70, 0)).isEqualTo(0);
        assertThat(ranges.upper().get(70, 0)).isEqualTo(2);
        assertThat(ranges.lower().get(0, 9)).isEqualTo(28);
        assertThat(ranges.upper().get(0, 9)).isEqualTo(30);
        // Record 5 has a fill as the upper bound of its second bin.
        assertThat(ranges.lower().get(5, 1)).isEqualTo(12);
        assertThat(ranges.upper().get(5, 1)).isNaN();

        Variable constant = variable(data, "spectra");
        assertThat(constant.axes().getFirst().timeVarying()).isFalse();
        assertThat(centres(constant.axes().getFirst(), 0)).containsExactly(1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
        assertThat(variable(data, "frequency_ranges_time_varying").values().shape()).containsExactly(10, 2);
    }

    @Test
    void timeVaryingCsvIsCutShortInItsLastLine() throws IOException {
        Path file = SharedData.file("hapi/HAPI_ndData_TimeVarying_Axis.csv");

        // Line 67 is blank; line 68 a full record; line 69 stops after the centres: 21 values of 41.
        assertThatThrownBy(() -> new HapiCsvCodec().read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 69")
                .hasMessageContaining("21 values where the header describes 41");

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        byte[] complete = (String.join("\n", lines.subList(0, 68)) + "\n").getBytes(StandardCharsets.UTF_8);
        HapiTable table = new HapiCsvReader().read(new ByteArrayInputStream(complete), file.toString());
        Variable spectra = variable(HapiDataSetMapping.toDataSet(table, "dataset1"), "spectra_time_dependent_bins");
        assertThat(spectra.records()).isEqualTo(1);
        assertThat(centres(spectra.axes().getFirst(), 0)).containsExactly(11, 13, 15, 17, 19, 21, 23, 25, 27, 29);
        assertThat(spectra.axes().getFirst().ranges().orElseThrow().upper().get(0, 9)).isEqualTo(30);
    }

    @Test
    void testData33VectorOf60Records() throws IOException {
        DataSet data = read(new HapiBinaryCodec(), "HAPI_sample_TestData3.3.binary");

        assertThat(data.attributes()).containsEntry("HAPI", "3.3");
        Variable vector = variable(data, "vector parameter");
        assertThat(vector.records()).isEqualTo(60);
        assertThat(vector.time().get(59)).isEqualTo(Tt2000.parse("1970-01-01T00:00:59Z"));
        assertThat(record(vector, 0)).containsExactly(0.0, -0.7071067811865475, -1.0);
        assertThat(record(vector, 1)).containsExactly(0.00523596383141958, -0.7033947028105039, -0.9999862922474267);
        assertThat(record(vector, 59)).containsExactly(0.30403306092549026, -0.45864955448431494, -0.9526614812535863);
        assertThat(vector.values().get(30, 0)).isCloseTo(Math.sin(2 * Math.PI * 30 / 1200), within(1e-12));
        assertThat(vector.metadata().units()).isEqualTo("m");
    }

    private static double[] centres(Axis axis, int record) {
        double[] out = new double[axis.size()];
        Arrays.setAll(out, i -> axis.centre(record, i));
        return out;
    }
}
