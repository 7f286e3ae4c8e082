package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ac.bristol.star.cdf.CdfContent;
import uk.ac.bristol.star.cdf.CdfReader;
import uk.ac.bristol.star.cdf.Variable;

/** Files we write read back identically, with our reader and with jcdf. */
class CdfWriterTest {

    private static final int RECORDS = 5000;

    private static Object values(CdfDataType type, int count) {
        Object array = CdfData.allocate(new CdfVariable("v", 0, true, type, 1, new int[0], true, 0, CdfVariable.Sparseness.NONE,
                false, Map.of()), 0).array();
        Object out = Array.newInstance(array.getClass().getComponentType(), count);
        for (int i = 0; i < count; i++) {
            long v = (i * 7919L) % 251 - 120;
            switch (out) {
                case byte[] a -> a[i] = (byte) v;
                case short[] a -> a[i] = (short) (v * 100);
                case int[] a -> a[i] = (int) (v * 100_000);
                case long[] a -> a[i] = type == CdfDataType.TIME_TT2000 ? Tt2000.parse("2020-01-04") + i * 60_000_000_000L : v << 40;
                case float[] a -> a[i] = v / 7f;
                case double[] a -> a[i] = type == CdfDataType.EPOCH ? 63_745_056_000_000.0 + i * 1000.0 : v / 7.0;
                default -> throw new IllegalStateException();
            }
        }
        return out;
    }

    /**
     * jcdf's decoders are the independent check of our encoders: RLE, Huffman and adaptive Huffman
     * are written by us only, so jcdf reading the same values proves the codes are CDF's.
     */
    @ParameterizedTest
    @CsvSource({"LITTLE_ENDIAN, NONE", "BIG_ENDIAN, NONE", "LITTLE_ENDIAN, GZIP", "BIG_ENDIAN, RLE", "LITTLE_ENDIAN, HUFFMAN",
        "LITTLE_ENDIAN, ADAPTIVE_HUFFMAN"})
    void everyTypeAndShapeReadsBackIdentically(String byteOrder, String method, @TempDir Path dir) throws IOException {
        ByteOrder order = byteOrder.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Compression compression = method.equals("NONE") ? null : Compression.valueOf(method);
        boolean gzip = compression != null;
        CdfWriter writer = new CdfWriter(order)
                .globalAttribute("Project", CdfEntry.of("ISTP>International Solar-Terrestrial Physics"))
                .globalAttribute("TEXT", CdfEntry.of("first line"), CdfEntry.of("second line, Tromsø"))
                .globalAttribute("Numbers", CdfEntry.of(CdfDataType.INT4, 1, 2, 3), CdfEntry.of(CdfDataType.DOUBLE, 0.5));
        for (CdfDataType type : CdfDataType.values()) {
            if (type.isText()) {
                continue;
            }
            int[] dims = type.ordinal() % 3 == 0 ? new int[0] : type.ordinal() % 3 == 1 ? new int[] {3} : new int[] {2, 4};
            int perRecord = type.numbersPerElement();
            for (int d : dims) {
                perRecord *= d;
            }
            writer.variable("v_" + type, type, 1, dims, true, RECORDS, values(type, RECORDS * perRecord), compression,
                    Map.of("UNITS", CdfEntry.of("nT"), "VALIDMIN", type == CdfDataType.TIME_TT2000
                            ? CdfEntry.of(type, Tt2000.parse("2010-01-01")) : CdfEntry.of(CdfDataType.DOUBLE, -1e3)));
        }
        writer.variable("labels", CdfDataType.CHAR, 5, new int[] {3}, false, 1,
                "Bx   By   Bz   ".getBytes(StandardCharsets.US_ASCII), compression, Map.of("FIELDNAM", CdfEntry.of("labels")));
        writer.variable("empty", CdfDataType.REAL8, 1, new int[0], true, 0, new double[0], compression, Map.of());
        Path file = dir.resolve("written.cdf");
        writer.write(file);

        CdfContent peer = new CdfContent(new CdfReader(file.toFile()));
        try (CdfFile cdf = CdfFile.open(file)) {
            assertThat(cdf.version()).isEqualTo("3.9.0");
            assertThat(cdf.byteOrder()).isEqualTo(order);
            assertThat(cdf.globalAttributes()).extracting(CdfAttribute::name).containsExactly("Project", "TEXT", "Numbers");
            assertThat(cdf.globalAttributes().get(1).entries().get(1).text()).isEqualTo("second line, Tromsø");
            assertThat(cdf.globalAttributes().get(2).entries().get(0).numbers()).containsExactly(1, 2, 3);
            Variable[] theirs = peer.getVariables();
            assertThat(cdf.variables()).hasSize(theirs.length).hasSize(CdfDataType.values().length);
            for (int i = 0; i < theirs.length; i++) {
                CdfVariable mine = cdf.variables().get(i);
                assertThat(mine.name()).isEqualTo(theirs[i].getName());
                assertThat(mine.compressed()).isEqualTo(gzip && mine.records() > 0);
                if (mine.name().startsWith("v_")) {
                    CdfDataType type = CdfDataType.valueOf(mine.name().substring(2));
                    CdfData data = cdf.read(mine);
                    assertThat(data.array()).as(mine.name()).isEqualTo(values(type, data.size()));
                    assertThat(mine.attribute("UNITS").text()).isEqualTo("nT");
                    assertThat(theirs[i].getRecordCount()).isEqualTo(RECORDS);
                    Object raw = theirs[i].createRawValueArray();
                    int per = data.slotsPerRecord();
                    for (int r : new int[] {0, RECORDS / 2, RECORDS - 1}) {
                        theirs[i].readRawRecord(r, raw);
                        for (int k = 0; k < per; k++) {
                            assertThat(((Number) Array.get(raw, k)).doubleValue()).as(mine.name() + " record " + r)
                                    .isEqualTo(data.number(r * per + k));
                        }
                    }
                }
            }
            CdfVariable labels = cdf.variable("labels").orElseThrow();
            assertThat(labels.recordVarying()).isFalse();
            CdfData text = cdf.read(labels);
            assertThat(text.text(0, 0) + text.text(0, 1) + text.text(0, 2)).isEqualTo("Bx   By   Bz   ");
            assertThat(cdf.variable("empty").orElseThrow().records()).isZero();
        }
    }

    @Test
    void refusesValuesThatDoNotMatchTheDescription(@TempDir Path dir) {
        CdfWriter writer = new CdfWriter();
        assertThatThrownBy(() -> writer.variable("b", CdfDataType.REAL8, 1, new int[] {3}, true, 2, new double[5], null, Map.of()))
                .hasMessageContaining("5 values are not 2 records of 3");
        assertThatThrownBy(() -> writer.variable("b", CdfDataType.REAL8, 1, new int[0], true, 2, new float[2], null, Map.of()))
                .hasMessageContaining("REAL8 values come in a double[]");
        assertThatThrownBy(() -> writer.variable("", CdfDataType.REAL8, 1, new int[0], true, 0, new double[0], null, Map.of()))
                .hasMessageContaining("1 to 256 bytes");
    }
}
