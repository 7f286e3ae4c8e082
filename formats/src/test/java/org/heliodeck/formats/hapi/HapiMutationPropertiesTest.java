package org.heliodeck.formats.hapi;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.testing.SharedData;

/**
 * Damaged HAPI files (bytes flipped, cut off, inserted) give a table or a DataFormatException:
 * never another exception, never a hang, never an allocation sized by a damaged header.
 */
class HapiMutationPropertiesTest {

    private static final List<String> SAMPLES = List.of("HAPI_sample_csv.csv", "HAPI_sample_csv_multiple_vars.csv",
            "HAPI_amda_imf_all.binary", "HAPI_ndData_TimeIndependent_Axis.binary", "HAPI_ndData_TimeIndependent_Axis.csv",
            "HAPI_ndData_TimeVarying_Axis.binary", "HAPI_ndData_TimeVarying_Axis.csv", "HAPI_sample_TestData3.3.binary");

    private static final List<HapiReader> READERS = List.of(new HapiCsvReader(), new HapiBinaryReader(),
            new HapiJsonReader());

    /** The samples, and JSON versions of those that read, so that the JSON reader gets real input too. */
    private static final List<byte[]> INPUTS = inputs();

    sealed interface Mutation permits Flip, Cut, Insert {
        byte[] applyTo(byte[] bytes);
    }

    /** Sets byte {@code at} (modulo the length; biased to the header by small values) to {@code value}. */
    record Flip(int at, byte value) implements Mutation {
        @Override
        public byte[] applyTo(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            byte[] out = bytes.clone();
            out[at % bytes.length] = value;
            return out;
        }
    }

    record Cut(int at) implements Mutation {
        @Override
        public byte[] applyTo(byte[] bytes) {
            return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : at % bytes.length);
        }
    }

    record Insert(int at, byte[] inserted) implements Mutation {
        @Override
        public byte[] applyTo(byte[] bytes) {
            int where = bytes.length == 0 ? 0 : at % bytes.length;
            byte[] out = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, out, 0, where);
            System.arraycopy(inserted, 0, out, where, inserted.length);
            System.arraycopy(bytes, where, out, where + inserted.length, bytes.length - where);
            return out;
        }
    }

    @Property(tries = 1000)
    void damagedFilesGiveATableOrADataFormatException(@ForAll("input") int input,
            @ForAll("mutations") List<Mutation> mutations) {
        Assume.that(!INPUTS.isEmpty());
        byte[] bytes = INPUTS.get(input % INPUTS.size());
        for (Mutation mutation : mutations) {
            bytes = mutation.applyTo(bytes);
        }
        byte[] damaged = bytes;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (HapiReader reader : READERS) {
                readOrRefuse(reader, damaged);
            }
        });
    }

    private static void readOrRefuse(HapiReader reader, byte[] bytes) throws IOException {
        try {
            HapiTable table = reader.read(new ByteArrayInputStream(bytes), "damaged");
            HapiDataSetMapping.toDataSet(table, "damaged");
        } catch (DataFormatException expected) {
            if (!expected.getMessage().startsWith("damaged")) {
                throw new AssertionError("the message does not name the source: " + expected.getMessage());
            }
        }
    }

    @Provide
    Arbitrary<Integer> input() {
        return Arbitraries.integers().between(0, 64);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        // Half the positions fall in the first 2 KiB, where the headers are.
        Arbitrary<Integer> position = Arbitraries.oneOf(Arbitraries.integers().between(0, 2048),
                Arbitraries.integers().between(0, Integer.MAX_VALUE));
        Arbitrary<Byte> value = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of((byte) '#', (byte) ',', (byte) '"', (byte) '\n', (byte) '[', (byte) '9', (byte) 0));
        Arbitrary<Mutation> flip = Combinators.combine(position, value).as(Flip::new);
        Arbitrary<Mutation> cut = position.map(Cut::new);
        Arbitrary<Mutation> insert = Combinators.combine(position, Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
                Arbitraries.of("9999999999", "\"size\":[1000000000],", "\n#", "\"length\": 100000,", "[[[[", "\"\"")
                        .map(s -> s.getBytes(StandardCharsets.US_ASCII))))
                .as(Insert::new);
        return Arbitraries.frequencyOf(Tuple.of(5, flip), Tuple.of(1, cut), Tuple.of(3, insert))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<byte[]> inputs() {
        Path root = SharedData.root();
        if (root == null) {
            return List.of();
        }
        List<byte[]> out = new ArrayList<>();
        try {
            for (String sample : SAMPLES) {
                byte[] bytes = Files.readAllBytes(root.resolve("hapi").resolve(sample));
                out.add(bytes);
                HapiReader reader = sample.endsWith(".csv") ? new HapiCsvReader() : new HapiBinaryReader();
                try {
                    HapiTable table = reader.read(new ByteArrayInputStream(bytes), sample);
                    ByteArrayOutputStream json = new ByteArrayOutputStream();
                    new HapiJsonWriter().write(table, json, true);
                    out.add(json.toByteArray());
                } catch (DataFormatException unreadable) {
                    // The cut-short sample has no JSON version; its bytes are damaged input enough.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
