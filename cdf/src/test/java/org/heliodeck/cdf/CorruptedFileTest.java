package org.heliodeck.cdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files end in a {@link DataFormatException} that names the file: never another exception,
 * an OutOfMemoryError or a hang. Mutations are random overwrites, truncations and insertions of the
 * shared files' bytes.
 */
class CorruptedFileTest {

    private static final List<String> FILES = List.of("a_cdf.cdf", "a_cdf_with_compressed_vars.cdf", "a_compressed_cdf.cdf",
            "a_rle_compressed_cdf.cdf", "ac_k2_mfi_20220101_v03.cdf", "ac_h2_sis_20101105_v06.cdf", "ge_k0_cpi_19921231_v02.cdf",
            "psp_fld_l2_mag_rtn_1min_20200104_v02.cdf", "uy_proton-distributions_swoops_00000000_v01.cdf",
            "coded:HUFFMAN", "coded:ADAPTIVE_HUFFMAN", "coded:RLE");

    /** A damage to a file: kind 0 overwrites bytes, 1 truncates, 2 inserts. */
    record Damage(String file, int kind, double where, byte[] bytes) {}

    /** Files coded with the methods no shared file uses, written once with our writer. */
    private static final java.util.Map<String, byte[]> CODED = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] coded(Compression method) throws IOException {
        byte[] known = CODED.get(method.name());
        if (known != null) {
            return known;
        }
        int records = 3000;
        double[] values = new double[records * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(Math.sin(i * 0.01) * 100) / 4.0;
        }
        Path file = Files.createTempFile("coded", ".cdf");
        try {
            new CdfWriter().variable("B", CdfDataType.REAL8, 1, new int[] {3}, true, records, values, method, java.util.Map.of())
                    .write(file);
            byte[] bytes = Files.readAllBytes(file);
            CODED.put(method.name(), bytes);
            return bytes;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<Damage> damages() {
        return Combinators.combine(Arbitraries.of(FILES), Arbitraries.integers().between(0, 2),
                // Half the damage lands in the first 5 %, where the descriptors are.
                Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 0.05)), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8))
                .as(Damage::new);
    }

    @Property(tries = 1000)
    void damagedFilesReadOrFailCleanly(@ForAll("damages") Damage damage) throws IOException {
        byte[] original = damage.file().startsWith("coded:")
                ? coded(Compression.valueOf(damage.file().substring(6)))
                : Files.readAllBytes(SharedData.file("cdf/" + damage.file()));
        byte[] damaged = apply(damage, original);
        // jqwik does not manage JUnit's @TempDir: one temporary file per try, removed after it.
        Path file = Files.write(Files.createTempFile("damaged", ".cdf"), damaged);
        String outcome = "read";
        try (CdfFile cdf = CdfFile.open(file)) {
            for (CdfVariable v : cdf.variables()) {
                if (v.records() <= 1_000_000) {
                    cdf.read(v);
                }
            }
        } catch (DataFormatException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            outcome = "refused";
        } catch (IllegalArgumentException e) {
            // Refusing to allocate more than 2^31 values for a damaged count is a clean failure too.
            assertThat(e.getMessage()).contains("read fewer records");
            outcome = "refused";
        } finally {
            Files.delete(file);
        }
        // The damage must reach the error paths, not only data bytes.
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").percentage(p -> p > 5);
            c.check("read").percentage(p -> p > 5);
        });
    }

    private static byte[] apply(Damage d, byte[] original) {
        int at = (int) (d.where() * original.length);
        return switch (d.kind()) {
            case 0 -> {
                byte[] out = original.clone();
                for (int i = 0; i < d.bytes().length && at + i < out.length; i++) {
                    out[at + i] = d.bytes()[i];
                }
                yield out;
            }
            case 1 -> java.util.Arrays.copyOf(original, at);
            default -> {
                byte[] out = new byte[original.length + d.bytes().length];
                System.arraycopy(original, 0, out, 0, at);
                System.arraycopy(d.bytes(), 0, out, at, d.bytes().length);
                System.arraycopy(original, at, out, at + d.bytes().length, original.length - at);
                yield out;
            }
        };
    }

    @Test
    void aFileThatIsNotACdfSaysSo(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.cdf"), "these are my notes, not a CDF");
        assertThatThrownBy(() -> CdfFile.open(text)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("notes.cdf").hasMessageContaining("not a CDF: the magic number is 74686573");
        Path tiny = Files.write(dir.resolve("tiny.cdf"), new byte[] {(byte) 0xCD, (byte) 0xF3});
        assertThatThrownBy(() -> CdfFile.open(tiny)).isInstanceOf(DataFormatException.class).hasMessageContaining("2 bytes");
    }

    @Test
    void aTruncatedFileNamesTheOffset(@TempDir Path dir) throws IOException {
        byte[] original = Files.readAllBytes(SharedData.file("cdf/psp_fld_l2_mag_rtn_1min_20200104_v02.cdf"));
        Path truncated = Files.write(dir.resolve("truncated.cdf"), java.util.Arrays.copyOf(original, 300));
        assertThatThrownBy(() -> CdfFile.open(truncated)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("truncated.cdf, offset 0x");
    }
}
