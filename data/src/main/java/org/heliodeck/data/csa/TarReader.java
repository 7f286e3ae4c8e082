package org.heliodeck.data.csa;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.heliodeck.core.io.DataFormatException;

/**
 * Reads the regular files of a tar archive as a stream, one after the other, without storing the
 * archive: POSIX ustar headers (with their name prefix), GNU long names ({@code L}) and sizes
 * written in base 256, and pax extended headers ({@code x}) for the path and size. Directories,
 * links and other entries are passed over. Each header's checksum is verified, so that a body that
 * is not a tar archive is refused instead of being read as garbage.
 */
final class TarReader {

    static final int BLOCK = 512;

    /** A regular file of the archive. */
    record Entry(String name, long size) {}

    private final InputStream in;
    private final String source;
    private final byte[] header = new byte[BLOCK];
    private long remaining;
    private long padding;
    private boolean ended;

    TarReader(InputStream in, String source) {
        this.in = Objects.requireNonNull(in, "in");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The next regular file, its content then readable with {@link #content()}; empty at the end.
     *
     * @throws DataFormatException when a header is not a tar header
     * @throws EOFException when the archive stops in the middle of an entry
     */
    Optional<Entry> next() throws IOException {
        skipRest();
        String longName = null;
        Long paxSize = null;
        while (!ended) {
            if (!readHeader()) {
                ended = true;
                break;
            }
            char type = (char) header[156];
            long size = size();
            String name = longName != null ? longName : name();
            longName = null;
            switch (type) {
                case '0', '\0', '7' -> {
                    long real = paxSize != null ? paxSize : size;
                    start(real);
                    return Optional.of(new Entry(name, real));
                }
                case 'L' -> longName = cString(readAll(size));
                case 'x' -> {
                    Pax pax = Pax.parse(readAll(size), source);
                    longName = pax.path();
                    paxSize = pax.size();
                    continue;
                }
                default -> skip(size); // directories, links, global pax headers, GNU extras
            }
            paxSize = null;
        }
        return Optional.empty();
    }

    /** The content of the entry {@link #next()} returned; reading past it answers the end. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                Objects.checkFromIndexSize(offset, length, into.length);
                if (remaining == 0) {
                    return -1;
                }
                int n = in.read(into, offset, (int) Math.min(length, remaining));
                if (n < 0) {
                    throw truncated();
                }
                remaining -= n;
                return n;
            }
        };
    }

    private void start(long size) {
        remaining = size;
        padding = padding(size);
    }

    private void skipRest() throws IOException {
        skipExactly(remaining + padding);
        remaining = 0;
        padding = 0;
    }

    private void skip(long size) throws IOException {
        skipExactly(size + padding(size));
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private byte[] readAll(long size) throws IOException {
        if (size > 1 << 20) {
            throw new DataFormatException(source, "tar header", "an extended header of " + size + " bytes");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw truncated();
        }
        skipExactly(padding(size));
        return data;
    }

    private void skipExactly(long n) throws IOException {
        long left = n;
        byte[] scratch = new byte[8192];
        while (left > 0) {
            int read = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (read < 0) {
                throw truncated();
            }
            left -= read;
        }
    }

    /** False at the end: an all-zero block, or the stream's end where a header would start. */
    private boolean readHeader() throws IOException {
        int n = in.readNBytes(header, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw truncated();
        }
        boolean zero = true;
        for (byte b : header) {
            if (b != 0) {
                zero = false;
                break;
            }
        }
        if (zero) {
            return false;
        }
        verifyChecksum();
        return true;
    }

    private void verifyChecksum() {
        long stated;
        try {
            stated = octal(148, 8);
        } catch (NumberFormatException e) {
            throw notTar("the header checksum is not an octal number");
        }
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            byte b = i >= 148 && i < 156 ? (byte) ' ' : header[i];
            unsigned += b & 0xff;
            signed += b;
        }
        // Some old writers summed signed bytes: either sum is accepted, as GNU tar does.
        if (stated != unsigned && stated != signed) {
            throw notTar("the header checksum is " + stated + " but the header sums to " + unsigned);
        }
    }

    private String name() {
        String name = cString(header, 0, 100);
        boolean ustar = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar && header[345] != 0 && !"ustar  ".equals(new String(header, 257, 7, StandardCharsets.US_ASCII))
                ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** Octal, or big-endian base 256 when the first byte's high bit is set (GNU, sizes of 8 GiB and more). */
    private long size() {
        if ((header[124] & 0x80) != 0) {
            long value = header[124] & 0x7f;
            for (int i = 125; i < 136; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            if (value < 0) {
                throw notTar("a negative size");
            }
            return value;
        }
        try {
            return octal(124, 12);
        } catch (NumberFormatException e) {
            throw notTar("the size is not an octal number");
        }
    }

    private long octal(int offset, int length) {
        String text = cString(header, offset, length).strip();
        if (text.isEmpty()) {
            return 0;
        }
        return Long.parseLong(text, 8);
    }

    private static String cString(byte[] bytes) {
        return cString(bytes, 0, bytes.length);
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private DataFormatException notTar(String problem) {
        return new DataFormatException(source, "tar header", "not a tar archive: " + problem);
    }

    private EOFException truncated() {
        return new EOFException(source + ": the tar archive ends in the middle of an entry (truncated)");
    }

    /** The fields of a pax extended header this reader uses: {@code path} and {@code size}. */
    private record Pax(String path, Long size) {

        /** Records {@code "<length> <key>=<value>\n"}, the length counting the whole record. */
        static Pax parse(byte[] data, String source) {
            String path = null;
            Long size = null;
            int at = 0;
            while (at < data.length) {
                int space = at;
                while (space < data.length && data[space] != ' ') {
                    space++;
                }
                int length;
                try {
                    length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
                } catch (NumberFormatException e) {
                    throw new DataFormatException(source, "pax header", "a record without its length");
                }
                if (length <= space - at || at + length > data.length) {
                    throw new DataFormatException(source, "pax header", "a record length of " + length + " out of bounds");
                }
                String record = new String(data, space + 1, at + length - space - 2, StandardCharsets.UTF_8);
                int equals = record.indexOf('=');
                if (equals > 0) {
                    String key = record.substring(0, equals);
                    String value = record.substring(equals + 1);
                    if (key.equals("path")) {
                        path = value;
                    } else if (key.equals("size")) {
                        try {
                            size = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new DataFormatException(source, "pax header", "the size is not a number: " + value);
                        }
                    }
                }
                at += length;
            }
            return new Pax(path, size);
        }
    }
}
