package org.heliodeck.data.csa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes tar archives for the tests, independently of {@link TarReader}: ustar headers, names longer
 * than 100 bytes as a GNU long-name entry or a pax extended header, directories, and the two zero
 * blocks at the end, padded to a 10240-byte record as tar(1) does.
 */
final class TestTar {

    enum LongNames { GNU, PAX }

    record File(String name, byte[] content) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final LongNames longNames;

    TestTar(LongNames longNames) {
        this.longNames = longNames;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A .tgz of {@code files}, in their order. */
    static byte[] tgz(List<File> files) {
        TestTar tar = new TestTar(LongNames.GNU);
        files.forEach(f -> tar.file(f.name(), f.content()));
        return gzip(tar.finish());
    }

    TestTar directory(String name) {
        entry(name.endsWith("/") ? name : name + "/", '5', new byte[0]);
        return this;
    }

    TestTar file(String name, byte[] content) {
        entry(name, '0', content);
        return this;
    }

    byte[] finish() {
        out.writeBytes(new byte[2 * TarReader.BLOCK]);
        int record = 10240;
        int size = out.size();
        out.writeBytes(new byte[(record - size % record) % record]);
        return out.toByteArray();
    }

    private void entry(String name, char type, byte[] content) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        String shortName = name;
        if (nameBytes.length > 100) {
            if (longNames == LongNames.GNU) {
                byte[] data = Arrays.copyOf(nameBytes, nameBytes.length + 1);
                header("././@LongLink", 'L', data.length);
                body(data);
            } else {
                byte[] data = paxRecord("path", name).getBytes(StandardCharsets.UTF_8);
                header("PaxHeaders/x", 'x', data.length);
                body(data);
            }
            shortName = "truncated-name";
        }
        header(shortName, type, content.length);
        body(content);
    }

    /** {@code "<length> key=value\n"}, the length counting its own digits. */
    private static String paxRecord(String key, String value) {
        int rest = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = rest + String.valueOf(rest).length();
        if (String.valueOf(length).length() != String.valueOf(rest).length()) {
            length++;
        }
        return length + " " + key + "=" + value + "\n";
    }

    private void header(String name, char type, long size) {
        byte[] h = new byte[TarReader.BLOCK];
        put(h, 0, name.getBytes(StandardCharsets.UTF_8));
        put(h, 100, octal(0644, 8));
        put(h, 108, octal(1000, 8));
        put(h, 116, octal(1000, 8));
        put(h, 124, octal(size, 12));
        put(h, 136, octal(1_700_000_000L, 12));
        Arrays.fill(h, 148, 156, (byte) ' ');
        h[156] = (byte) type;
        put(h, 257, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 263, "00".getBytes(StandardCharsets.US_ASCII));
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, octal(sum, 7));
        out.writeBytes(h);
    }

    private void body(byte[] content) {
        out.writeBytes(content);
        out.writeBytes(new byte[(TarReader.BLOCK - content.length % TarReader.BLOCK) % TarReader.BLOCK]);
    }

    /** Zero-padded octal digits and a NUL, filling {@code width} bytes. */
    private static byte[] octal(long value, int width) {
        String digits = Long.toOctalString(value);
        String padded = "0".repeat(width - 1 - digits.length()) + digits;
        return (padded + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static void put(byte[] into, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, into, at, bytes.length);
    }
}
