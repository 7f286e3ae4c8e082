package org.heliodeck.cdf;

/**
 * CDF's Huffman compression (type 2): the byte-frequency table scaled to fit bytes, then each byte's
 * code, closed by an end-of-stream symbol. The tree is built from the table the same way on both
 * sides (M. Nelson, The Data Compression Book, 1992, as in the CDF library), so that codes agree.
 */
final class StaticHuffman {

    private static final int END_OF_STREAM = 256;
    /** Leaves 0-256, internal nodes after them, and a sentinel heavier than any node. */
    private static final int NODES = 514;
    private static final int SENTINEL = 513;

    private StaticHuffman() {}

    /** Decodes into {@code out}; returns how many bytes the code held. */
    static int decode(byte[] code, byte[] out) {
        BitReader in = new BitReader(code);
        int[] counts = new int[NODES];
        int first = in.nextByte();
        int last = in.nextByte();
        while (true) {
            if (last < first) {
                throw new IllegalArgumentException("the count table names the byte range " + first + ".." + last);
            }
            for (int i = first; i <= last; i++) {
                counts[i] = in.nextByte();
            }
            first = in.nextByte();
            if (first == 0) {
                break;
            }
            last = in.nextByte();
        }
        counts[END_OF_STREAM] = 1;
        int[] child0 = new int[NODES];
        int[] child1 = new int[NODES];
        int root = buildTree(counts, child0, child1);
        int n = 0;
        while (true) {
            int node = root;
            while (node > END_OF_STREAM) {
                node = in.bit() ? child1[node] : child0[node];
            }
            if (node == END_OF_STREAM) {
                return n;
            }
            if (n == out.length) {
                throw new IllegalArgumentException("the code holds more than the " + out.length + " bytes expected");
            }
            out[n++] = (byte) node;
        }
    }

    static byte[] encode(byte[] data) {
        long[] raw = new long[256];
        for (byte b : data) {
            raw[b & 0xFF]++;
        }
        int[] counts = new int[NODES];
        long max = 0;
        for (long c : raw) {
            max = Math.max(max, c);
        }
        long scale = max / 255 + 1;
        for (int i = 0; i < 256; i++) {
            counts[i] = (int) (raw[i] / scale);
            if (counts[i] == 0 && raw[i] != 0) {
                counts[i] = 1;
            }
        }
        BitWriter out = new BitWriter(data.length / 2);
        writeCounts(counts, out);
        counts[END_OF_STREAM] = 1;
        int[] child0 = new int[NODES];
        int[] child1 = new int[NODES];
        int root = buildTree(counts, child0, child1);
        int[] code = new int[END_OF_STREAM + 1];
        int[] length = new int[END_OF_STREAM + 1];
        assignCodes(root, 0, 0, child0, child1, code, length);
        for (byte b : data) {
            out.bits(code[b & 0xFF], length[b & 0xFF]);
        }
        out.bits(code[END_OF_STREAM], length[END_OF_STREAM]);
        return out.finish();
    }

    /** Runs of non-zero counts, as (first, last, counts…), short gaps of zeros included; a zero byte ends the table. */
    private static void writeCounts(int[] counts, BitWriter out) {
        int first = 0;
        while (first < 255 && counts[first] == 0) {
            first++;
        }
        int next;
        for (; first < 256; first = next) {
            int last = first + 1;
            while (true) {
                while (last < 256 && counts[last] != 0) {
                    last++;
                }
                last--;
                next = last + 1;
                while (next < 256 && counts[next] == 0) {
                    next++;
                }
                if (next > 255 || next - last > 3) {
                    break;
                }
                last = next;
            }
            out.writeByte(first);
            out.writeByte(last);
            for (int i = first; i <= last; i++) {
                out.writeByte(counts[i]);
            }
        }
        out.writeByte(0);
    }

    /** Joins the two lightest nodes until one is left; ties go to the lower index, as in the CDF library. */
    private static int buildTree(int[] counts, int[] child0, int[] child1) {
        int[] count = counts.clone();
        count[SENTINEL] = Integer.MAX_VALUE;
        int nextFree = END_OF_STREAM + 1;
        while (true) {
            int min1 = SENTINEL;
            int min2 = SENTINEL;
            for (int i = 0; i < nextFree; i++) {
                if (count[i] != 0) {
                    if (count[i] < count[min1]) {
                        min2 = min1;
                        min1 = i;
                    } else if (count[i] < count[min2]) {
                        min2 = i;
                    }
                }
            }
            if (min2 == SENTINEL) {
                break;
            }
            count[nextFree] = count[min1] + count[min2];
            count[min1] = 0;
            count[min2] = 0;
            child0[nextFree] = min1;
            child1[nextFree] = min2;
            nextFree++;
        }
        return nextFree - 1;
    }

    private static void assignCodes(int node, int code, int depth, int[] child0, int[] child1, int[] codes, int[] lengths) {
        if (node <= END_OF_STREAM) {
            codes[node] = code;
            lengths[node] = depth;
            return;
        }
        assignCodes(child0[node], code << 1, depth + 1, child0, child1, codes, lengths);
        assignCodes(child1[node], code << 1 | 1, depth + 1, child0, child1, codes, lengths);
    }
}
