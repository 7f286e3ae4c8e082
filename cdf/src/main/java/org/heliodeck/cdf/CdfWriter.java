package org.heliodeck.cdf;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes CDF 3 files: zVariables of any type and shape, global and variable attributes, optional
 * compression per variable (GZIP, RLE, Huffman or adaptive Huffman, in blocks of about 1 MB). Values are streamed to the file (a large variable never sits twice
 * in memory); the offsets that link the records are patched in at the end. The file appears under
 * its name only when complete.
 */
public final class CdfWriter {

    /** A variable to write: its description and values (see {@link #variable}). */
    private record Pending(String name, CdfDataType type, int elements, int[] dims, boolean recordVarying, int records,
            Object values, Compression compression, Map<String, CdfEntry> attributes) {}

    private static final int BLOCK_BYTES = 1 << 20;
    private static final long NO_OFFSET = -1;

    private final ByteOrder order;
    private final Map<String, List<CdfEntry>> globals = new LinkedHashMap<>();
    private final List<Pending> variables = new ArrayList<>();

    /** A writer of values in the given byte order (little-endian is what most machines read fastest). */
    public CdfWriter(ByteOrder order) {
        this.order = order;
    }

    public CdfWriter() {
        this(ByteOrder.LITTLE_ENDIAN);
    }

    /** Adds a global attribute with its entries, numbered from 0. */
    public CdfWriter globalAttribute(String name, CdfEntry... entries) {
        checkName(name);
        globals.put(name, List.of(entries));
        return this;
    }

    /**
     * Adds a zVariable.
     *
     * @param elements characters per string for CHAR/UCHAR, else 1
     * @param dims the record's shape (row-major); empty for a scalar per record
     * @param records how many records {@code values} holds (1 for a non-record-varying variable)
     * @param values the values, row-major, in the array type of {@link CdfData} for this type:
     *     byte[] (INT1, UINT1, BYTE, CHAR, UCHAR), short[] (INT2, UINT2), int[] (INT4, UINT4),
     *     long[] (INT8, TIME_TT2000), float[] (REAL4, FLOAT), double[] (REAL8, DOUBLE, EPOCH,
     *     EPOCH16 as pairs)
     * @param compression how to compress the variable's records, or null to store them as they are
     */
    public CdfWriter variable(String name, CdfDataType type, int elements, int[] dims, boolean recordVarying, int records,
            Object values, Compression compression, Map<String, CdfEntry> attributes) {
        checkName(name);
        if (variables.stream().anyMatch(v -> v.name().equals(name))) {
            throw new IllegalArgumentException("a variable named " + name + " was already added");
        }
        if (elements < 1 || !type.isText() && elements != 1) {
            throw new IllegalArgumentException(name + ": " + elements + " elements per value; only text types have more than 1");
        }
        long perRecord = (long) elements * type.numbersPerElement();
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException(name + ": dimension sizes must be positive, not " + d);
            }
            perRecord *= d;
        }
        int length = java.lang.reflect.Array.getLength(values);
        if (records < 0 || (long) records * perRecord != length || !recordVarying && records > 1) {
            throw new IllegalArgumentException(name + ": " + length + " values are not " + records + " records of " + perRecord);
        }
        Class<?> expected = CdfData.allocate(new CdfVariable(name, 0, true, type, elements, new int[0], true, 0,
                CdfVariable.Sparseness.NONE, false, Map.of()), 0).array().getClass();
        if (values.getClass() != expected) {
            throw new IllegalArgumentException(name + ": " + type + " values come in a " + expected.getSimpleName()
                    + ", not a " + values.getClass().getSimpleName());
        }
        variables.add(new Pending(name, type, elements, dims.clone(), recordVarying, records, values, compression,
                Map.copyOf(attributes)));
        return this;
    }

    /** Writes the file, replacing any file of that name once it is complete. */
    public void write(Path file) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stay with the finished file.
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part-" + Long.toHexString(System.nanoTime()));
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            new Layout(channel).write();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > 256) {
            throw new IllegalArgumentException("CDF names are 1 to 256 bytes long: '" + name + "'");
        }
    }

    /** Lays the records out one after another and links them. */
    private final class Layout {
        private final FileChannel channel;
        private ByteBuffer header = ByteBuffer.allocate(64 * 1024).order(ByteOrder.BIG_ENDIAN);
        private long position;

        Layout(FileChannel channel) {
            this.channel = channel;
        }

        void write() throws IOException {
            put(new byte[] {(byte) 0xCD, (byte) 0xF3, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xFF});
            long cdr = position;
            long gdr = cdr + 312;
            cdr(gdr);
            long gdrZ = gdr + 20;
            long gdrAdr = gdr + 28;
            long gdrEof = gdr + 36;
            gdr();
            long[] vdrs = new long[variables.size()];
            for (int i = 0; i < vdrs.length; i++) {
                vdrs[i] = position;
                vdr(variables.get(i), i);
            }
            if (vdrs.length > 0) {
                patch(gdrZ, vdrs[0]);
                for (int i = 0; i + 1 < vdrs.length; i++) {
                    patch(vdrs[i] + 12, vdrs[i + 1]);
                }
            }
            List<String> attributeNames = new ArrayList<>(globals.keySet());
            for (Pending v : variables) {
                for (String a : v.attributes().keySet()) {
                    if (!globals.containsKey(a) && !attributeNames.contains(a)) {
                        attributeNames.add(a);
                    }
                }
            }
            long previousAdr = NO_OFFSET;
            for (int number = 0; number < attributeNames.size(); number++) {
                long adr = attribute(attributeNames.get(number), number);
                patch(previousAdr == NO_OFFSET ? gdrAdr : previousAdr + 12, adr);
                previousAdr = adr;
            }
            for (int i = 0; i < vdrs.length; i++) {
                values(variables.get(i), vdrs[i]);
            }
            patch(gdrEof, position);
        }

        private void cdr(long gdr) throws IOException {
            ByteBuffer b = start(312, RecordType.CDR);
            b.putLong(gdr).putInt(3).putInt(9).putInt(order == ByteOrder.BIG_ENDIAN ? 1 : 6).putInt(3);
            b.putInt(0).putInt(0).putInt(0).putInt(-1).putInt(-1);
            byte[] copyright = "Common Data Format (CDF)\nhttps://cdf.gsfc.nasa.gov\nWritten by Heliodeck\n"
                    .getBytes(StandardCharsets.US_ASCII);
            b.put(copyright).put(new byte[256 - copyright.length]);
            flush();
        }

        private void gdr() throws IOException {
            ByteBuffer b = start(84, RecordType.GDR);
            b.putLong(0).putLong(0).putLong(0).putLong(0); // rVDR, zVDR, ADR heads and EOF: patched later
            b.putInt(0).putInt(globals.size() + variableAttributeCount()).putInt(-1).putInt(0).putInt(variables.size());
            b.putLong(0).putInt(0).putInt(20170101).putInt(-1);
            flush();
        }

        private int variableAttributeCount() {
            return (int) variables.stream().flatMap(v -> v.attributes().keySet().stream()).distinct()
                    .filter(a -> !globals.containsKey(a)).count();
        }

        private void vdr(Pending v, int number) throws IOException {
            int pad = v.elements() * v.type().size();
            int size = 344 + 8 * v.dims().length + pad;
            ByteBuffer b = start(size, RecordType.ZVDR);
            // An empty variable has no block to compress, hence no CPR: it is not marked compressed.
            int flags = (v.recordVarying() ? 1 : 0) | 2 | (v.compression() != null && v.records() > 0 ? 4 : 0);
            b.putLong(0).putInt(v.type().code()).putInt(v.records() - 1);
            b.putLong(0).putLong(0); // VXR head and tail: patched when the values are written
            b.putInt(flags).putInt(0).putInt(0).putInt(-1).putInt(-1);
            b.putInt(v.elements()).putInt(number).putLong(NO_OFFSET).putInt(0);
            byte[] name = v.name().getBytes(StandardCharsets.UTF_8);
            b.put(name).put(new byte[256 - name.length]);
            b.putInt(v.dims().length);
            for (int d : v.dims()) {
                b.putInt(d);
            }
            for (int i = 0; i < v.dims().length; i++) {
                b.putInt(-1);
            }
            b.put(DefaultPad.of(v.type(), v.elements(), order));
            flush();
        }

        /** The ADR of one attribute, with its entries; returns the ADR's offset. */
        private long attribute(String name, int number) throws IOException {
            long adr = position;
            boolean global = globals.containsKey(name);
            List<Long> entryOffsets = new ArrayList<>();
            List<Integer> entryNumbers = new ArrayList<>();
            ByteBuffer b = start(324, RecordType.ADR);
            b.putLong(0).putLong(0).putInt(global ? 1 : 2).putInt(number).putInt(0).putInt(-1).putInt(0);
            b.putLong(0).putInt(0).putInt(-1).putInt(-1);
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            b.put(bytes).put(new byte[256 - bytes.length]);
            flush();
            if (global) {
                List<CdfEntry> entries = globals.get(name);
                for (int e = 0; e < entries.size(); e++) {
                    entryOffsets.add(position);
                    entryNumbers.add(e);
                    entry(entries.get(e), number, e, RecordType.AGREDR);
                }
            } else {
                for (int v = 0; v < variables.size(); v++) {
                    CdfEntry entry = variables.get(v).attributes().get(name);
                    if (entry != null) {
                        entryOffsets.add(position);
                        entryNumbers.add(v);
                        entry(entry, number, v, RecordType.AZEDR);
                    }
                }
            }
            for (int i = 0; i + 1 < entryOffsets.size(); i++) {
                patch(entryOffsets.get(i) + 12, entryOffsets.get(i + 1));
            }
            int count = entryOffsets.size();
            int max = entryNumbers.isEmpty() ? -1 : entryNumbers.getLast();
            long head = entryOffsets.isEmpty() ? 0 : entryOffsets.getFirst();
            if (global) {
                patch(adr + 20, head);
                patchInt(adr + 36, count);
                patchInt(adr + 40, max);
            } else {
                patch(adr + 48, head);
                patchInt(adr + 56, count);
                patchInt(adr + 60, max);
            }
            return adr;
        }

        private void entry(CdfEntry entry, int attribute, int number, RecordType kind) throws IOException {
            byte[] value;
            int elements;
            if (entry.isText()) {
                value = entry.text().getBytes(StandardCharsets.UTF_8);
                if (value.length == 0) {
                    value = new byte[] {' '};
                }
                elements = value.length;
            } else {
                value = encode(entry);
                elements = entry.count() / entry.type().numbersPerElement();
            }
            ByteBuffer b = start(56 + value.length, kind);
            b.putLong(0).putInt(attribute).putInt(entry.type().code()).putInt(number).putInt(elements);
            b.putInt(entry.isText() ? 1 : 0).putInt(0).putInt(0).putInt(-1).putInt(-1);
            b.put(value);
            flush();
        }

        private byte[] encode(CdfEntry entry) {
            CdfDataType type = entry.type();
            MemorySegment out = MemorySegment.ofArray(new byte[entry.count() * type.size() / type.numbersPerElement()]);
            for (int i = 0; i < entry.count(); i++) {
                long at = (long) i * type.size() / type.numbersPerElement();
                switch (type) {
                    case INT1, UINT1, BYTE -> out.set(ValueLayout.JAVA_BYTE, at, (byte) entry.integer(i));
                    case INT2, UINT2 -> out.set(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), at, (short) entry.integer(i));
                    case INT4, UINT4 -> out.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), at, (int) entry.integer(i));
                    case INT8, TIME_TT2000 -> out.set(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), at, entry.integer(i));
                    case REAL4, FLOAT -> out.set(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), at, (float) entry.number(i));
                    default -> out.set(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), at, entry.number(i));
                }
            }
            return out.toArray(ValueLayout.JAVA_BYTE);
        }

        /** The VXR and the VVR (or CVVRs and CPR) of one variable, linked from its VDR. */
        private void values(Pending v, long vdr) throws IOException {
            if (v.records() == 0) {
                return;
            }
            long recordBytes = (long) v.elements() * v.type().size();
            for (int d : v.dims()) {
                recordBytes *= d;
            }
            if (v.compression() == null) {
                long vxr = position;
                ByteBuffer b = start(28 + 16, RecordType.VXR);
                b.putLong(0).putInt(1).putInt(1).putInt(0).putInt(v.records() - 1).putLong(position + 44);
                flush();
                long vvrSize = 12 + recordBytes * v.records();
                ByteBuffer h = start(12, RecordType.VVR);
                h.putLong(0, vvrSize);
                flush();
                stream(v.values(), 0, java.lang.reflect.Array.getLength(v.values()));
                linkValues(vdr, vxr, NO_OFFSET);
                return;
            }
            long cpr = position;
            ByteBuffer c = start(28, RecordType.CPR);
            c.putInt(v.compression().code()).putInt(0).putInt(1).putInt(v.compression().parameter());
            flush();
            int recordsPerBlock = (int) Math.max(1, BLOCK_BYTES / Math.max(recordBytes, 1));
            int blocks = (v.records() + recordsPerBlock - 1) / recordsPerBlock;
            long vxr = position;
            ByteBuffer b = start(28 + 16L * blocks, RecordType.VXR);
            b.putLong(0).putInt(blocks).putInt(blocks);
            for (int k = 0; k < blocks; k++) {
                b.putInt(k * recordsPerBlock);
            }
            for (int k = 0; k < blocks; k++) {
                b.putInt(Math.min(v.records(), (k + 1) * recordsPerBlock) - 1);
            }
            int offsetsAt = b.position();
            for (int k = 0; k < blocks; k++) {
                b.putLong(0);
            }
            flush();
            int slotsPerRecord = java.lang.reflect.Array.getLength(v.values()) / v.records();
            for (int k = 0; k < blocks; k++) {
                int first = k * recordsPerBlock;
                int last = Math.min(v.records(), first + recordsPerBlock);
                byte[] packed = v.compression().compress(bytesOf(v.values(), first * slotsPerRecord, (last - first) * slotsPerRecord));
                patch(vxr + offsetsAt + 8L * k, position);
                ByteBuffer h = start(24 + packed.length, RecordType.CVVR);
                h.putInt(0).putLong(packed.length);
                flush();
                put(packed);
            }
            linkValues(vdr, vxr, cpr);
        }

        private void linkValues(long vdr, long vxr, long cpr) throws IOException {
            // VXR head and tail at 28 and 36 of the zVDR, the CPR offset at 72.
            patch(vdr + 28, vxr);
            patch(vdr + 36, vxr);
            if (cpr != NO_OFFSET) {
                patch(vdr + 72, cpr);
            }
        }

        /** Values [from, from + count) of an array as bytes in the file's order. */
        private byte[] bytesOf(Object values, int from, int count) {
            int width = switch (values) {
                case byte[] a -> 1;
                case short[] a -> 2;
                case int[] a -> 4;
                case float[] a -> 4;
                default -> 8;
            };
            MemorySegment out = MemorySegment.ofArray(new byte[count * width]);
            switch (values) {
                case byte[] a -> MemorySegment.copy(a, from, out, ValueLayout.JAVA_BYTE, 0, count);
                case short[] a -> MemorySegment.copy(a, from, out, ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order), 0, count);
                case int[] a -> MemorySegment.copy(a, from, out, ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0, count);
                case long[] a -> MemorySegment.copy(a, from, out, ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order), 0, count);
                case float[] a -> MemorySegment.copy(a, from, out, ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order), 0, count);
                case double[] a -> MemorySegment.copy(a, from, out, ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order), 0, count);
                default -> throw new IllegalStateException("unexpected array " + values.getClass());
            }
            return out.toArray(ValueLayout.JAVA_BYTE);
        }

        /** Writes values in chunks so that a large array is never copied whole. */
        private void stream(Object values, int from, int count) throws IOException {
            int chunk = 1 << 16;
            for (int at = from; at < from + count; at += chunk) {
                byte[] bytes = bytesOf(values, at, Math.min(chunk, from + count - at));
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            }
        }

        /** Starts a record of {@code size} bytes; the caller puts its fixed fields (not bulk values) and flushes. */
        private ByteBuffer start(long size, RecordType type) {
            long fields = type == RecordType.CVVR || type == RecordType.VVR ? 24 : size;
            if (fields > header.capacity()) {
                header = ByteBuffer.allocate(Math.toIntExact(fields)).order(ByteOrder.BIG_ENDIAN);
            }
            header.clear();
            header.putLong(size).putInt(type.code);
            return header;
        }

        private void flush() throws IOException {
            header.flip();
            while (header.hasRemaining()) {
                position += channel.write(header, position);
            }
        }

        private void put(byte[] bytes) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                position += channel.write(b, position);
            }
        }

        private void patch(long at, long value) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putLong(value).flip();
            while (b.hasRemaining()) {
                channel.write(b, at + b.position());
            }
        }

        private void patchInt(long at, int value) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(value).flip();
            while (b.hasRemaining()) {
                channel.write(b, at + b.position());
            }
        }
    }
}
