package org.heliodeck.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.hapi.HapiBinaryReader;
import org.heliodeck.formats.hapi.HapiBinaryWriter;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiParameter;
import org.heliodeck.formats.hapi.HapiTable;
import org.heliodeck.formats.hapi.HapiType;
import org.heliodeck.formats.hapi.NumericColumn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a HAPI binary stream of 10⁶ records (24-byte time, a scalar and a 3-vector of doubles:
 * 56 MB) into arrays of TT2000 times and doubles, against a straightforward reader: a ByteBuffer
 * loop with Instant.parse for the times and a leap-second-free conversion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class HapiBinaryReadBenchmark {

    private static final int RECORDS = 1_000_000;
    private static final int RECORD_BYTES = 24 + 8 + 3 * 8;
    private static final long J2000_UNIX_NANOS = 946_727_935_816_000_000L;

    private byte[] stream;
    private HapiInfo info;

    @Setup
    public void setUp() throws IOException {
        long[] times = new long[RECORDS];
        double[] speed = new double[RECORDS];
        double[] field = new double[RECORDS * 3];
        long t0 = Tt2000.parse("2020-01-01");
        for (int i = 0; i < RECORDS; i++) {
            times[i] = t0 + i * 1_000_000_000L;
            speed[i] = 400 + Math.sin(i * 1e-3) * 50;
            field[3 * i] = Math.sin(i * 1e-2);
            field[3 * i + 1] = Math.cos(i * 1e-2);
            field[3 * i + 2] = (i % 100) * 0.1;
        }
        info = HapiInfo.of(List.of(HapiParameter.of("Time", HapiType.ISOTIME, "UTC", Optional.empty()).withLength(24),
                HapiParameter.of("V", HapiType.DOUBLE, "km/s", Optional.empty()),
                HapiParameter.of("B", HapiType.DOUBLE, "nT", Optional.empty(), 3)));
        HapiTable table = new HapiTable(info, times, List.of(
                new NumericColumn(info.parameters().get(1), Values.of(speed)),
                new NumericColumn(info.parameters().get(2), Values.of(field, 3))));
        ByteArrayOutputStream out = new ByteArrayOutputStream(RECORDS * RECORD_BYTES);
        new HapiBinaryWriter().write(table, out, false);
        stream = out.toByteArray();
        System.out.printf("%nHAPI binary stream: %d records, %.1f MB%n", RECORDS, stream.length / 1e6);
    }

    @Benchmark
    public HapiTable heliodeck() throws IOException {
        return new HapiBinaryReader().read(new ByteArrayInputStream(stream), Optional.of(info), "bench");
    }

    @Benchmark
    public Object peer() {
        ByteBuffer in = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        long[] times = new long[RECORDS];
        double[] values = new double[RECORDS * 4];
        byte[] time = new byte[24];
        for (int i = 0; i < RECORDS; i++) {
            in.get(time);
            Instant t = Instant.parse(new String(time, StandardCharsets.US_ASCII).trim());
            times[i] = t.getEpochSecond() * 1_000_000_000L + t.getNano() - J2000_UNIX_NANOS + 5_000_000_000L;
            for (int k = 0; k < 4; k++) {
                values[4 * i + k] = in.getDouble();
            }
        }
        return new Object[] {times, values};
    }
}
