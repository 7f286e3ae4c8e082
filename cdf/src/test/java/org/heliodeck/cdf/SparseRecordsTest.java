package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ac.bristol.star.cdf.CdfContent;
import uk.ac.bristol.star.cdf.CdfReader;
import uk.ac.bristol.star.cdf.Variable;

/**
 * Records missing from a file read as the pad value, or as the record before them for "previous"
 * sparse variables. No shared file has sparse records, so one is made here: ten records written,
 * then the index cut to the first four and the VDR marked sparse. jcdf reads the same bytes.
 */
class SparseRecordsTest {

    private static final int RECORDS = 10;

    private static Path sparseFile(Path dir, int sparseness) throws IOException {
        double[] values = new double[RECORDS * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 0.5;
        }
        Path file = dir.resolve("sparse" + sparseness + ".cdf");
        new CdfWriter(ByteOrder.BIG_ENDIAN).variable("x", CdfDataType.REAL8, 1, new int[] {2}, true, RECORDS, values, null, Map.of())
                .write(file);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
        long gdr = bytes.getLong(8 + 12);
        int vdr = (int) bytes.getLong((int) gdr + 20);
        int vxr = (int) bytes.getLong(vdr + 28);
        bytes.putInt(vdr + 48, sparseness);
        bytes.putInt(vxr + 28 + 4, 3); // the VXR's one entry now ends at record 3
        Files.write(file, bytes.array());
        return file;
    }

    @Test
    void padSparseRecordsReadAsJcdfReadsThem(@TempDir Path dir) throws IOException {
        Path file = sparseFile(dir, 1);
        Variable theirs = new CdfContent(new CdfReader(file.toFile())).getVariables()[0];
        try (CdfFile cdf = CdfFile.open(file)) {
            CdfVariable x = cdf.variables().getFirst();
            assertThat(x.sparseness()).isEqualTo(CdfVariable.Sparseness.PAD);
            CdfData all = cdf.read(x);
            for (int r = 0; r < RECORDS; r++) {
                double[] want = (double[]) theirs.readShapedRecord(r, true, theirs.createRawValueArray());
                assertThat(new double[] {all.number(2 * r), all.number(2 * r + 1)}).as("record " + r).containsExactly(want);
            }
        }
    }

    /** jcdf 1.2.5 fails on these two (ArrayIndexOutOfBounds in its record map), so the CDF rules are checked directly. */
    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void missingRecordsReadAsPadOrAsTheRecordBefore(int sparseness, @TempDir Path dir) throws IOException {
        try (CdfFile cdf = CdfFile.open(sparseFile(dir, sparseness))) {
            CdfVariable x = cdf.variables().getFirst();
            assertThat(x.sparseness()).isEqualTo(CdfVariable.Sparseness.values()[sparseness]);
            assertThat(x.records()).isEqualTo(RECORDS);
            CdfData all = cdf.read(x);
            for (int r = 0; r < RECORDS; r++) {
                double[] want = r <= 3 ? new double[] {2 * r + 0.5, 2 * r + 1.5}
                        : sparseness == 2 ? new double[] {6.5, 7.5} : new double[] {-1.0e30, -1.0e30};
                assertThat(new double[] {all.number(2 * r), all.number(2 * r + 1)}).as("record " + r).containsExactly(want);
            }
            // A range that starts inside the gap: a "previous" record comes from before the range.
            CdfData tail = cdf.read(x, 6, 4);
            for (int r = 0; r < 4; r++) {
                assertThat(tail.number(2 * r)).isEqualTo(all.number(2 * (r + 6)));
                assertThat(tail.number(2 * r + 1)).isEqualTo(all.number(2 * (r + 6) + 1));
            }
        }
    }

    @Test
    void oneOpenFileServesManyThreads(@TempDir Path dir) throws Exception {
        int records = 200_000;
        double[] values = new double[records * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i);
        }
        Path file = dir.resolve("shared.cdf");
        new CdfWriter().variable("plain", CdfDataType.REAL8, 1, new int[] {3}, true, records, values, null, Map.of())
                .variable("packed", CdfDataType.REAL8, 1, new int[] {3}, true, records, values, Compression.GZIP, Map.of())
                .write(file);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (CdfFile cdf = CdfFile.open(file)) {
            List<Future<double[]>> reads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                CdfVariable v = cdf.variables().get(i % 2);
                int from = (i * 9973) % (records - 1000);
                reads.add(pool.submit(() -> (double[]) cdf.read(v, from, 1000).array()));
            }
            for (int i = 0; i < reads.size(); i++) {
                int from = (i * 9973) % (records - 1000);
                assertThat(reads.get(i).get()).containsExactly(java.util.Arrays.copyOfRange(values, from * 3, (from + 1000) * 3));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
