package org.heliodeck.cdf;

/**
 * CDF's adaptive Huffman compression (type 3): no table; coder and decoder grow the same tree as
 * bytes go by. A byte not seen before is sent as the escape code and 8 plain bits. The tree follows
 * M. Nelson, The Data Compression Book (1992), as the CDF library does, so that codes agree.
 */
final class AdaptiveHuffman {

    private static final int END_OF_STREAM = 256;
    private static final int ESCAPE = 257;
    private static final int SYMBOLS = 258;
    private static final int NODES = SYMBOLS * 2 - 1;
    private static final int ROOT = 0;
    private static final int MAX_WEIGHT = 0x8000;

    // The node table: for an internal node, child and child + 1 are its children; for a leaf, child is its symbol.
    private final int[] child = new int[NODES];
    private final boolean[] isLeaf = new boolean[NODES];
    private final int[] weight = new int[NODES];
    private final int[] parent = new int[NODES];
    private final int[] leaf = new int[SYMBOLS];
    private int nextFree;

    private AdaptiveHuffman() {
        java.util.Arrays.fill(leaf, -1);
        set(ROOT, ROOT + 1, false, 2, -1);
        set(ROOT + 1, END_OF_STREAM, true, 1, ROOT);
        leaf[END_OF_STREAM] = ROOT + 1;
        set(ROOT + 2, ESCAPE, true, 1, ROOT);
        leaf[ESCAPE] = ROOT + 2;
        nextFree = ROOT + 3;
    }

    /** Decodes into {@code out}; returns how many bytes the code held. */
    static int decode(byte[] code, byte[] out) {
        AdaptiveHuffman tree = new AdaptiveHuffman();
        BitReader in = new BitReader(code);
        int n = 0;
        while (true) {
            int node = ROOT;
            while (!tree.isLeaf[node]) {
                node = tree.child[node] + (in.bit() ? 1 : 0);
            }
            int c = tree.child[node];
            if (c == END_OF_STREAM) {
                return n;
            }
            if (c == ESCAPE) {
                c = in.bits(8);
                if (tree.leaf[c] != -1) {
                    throw new IllegalArgumentException("the code escapes byte " + c + ", which it had already seen");
                }
                tree.addLeaf(c);
            }
            if (n == out.length) {
                throw new IllegalArgumentException("the code holds more than the " + out.length + " bytes expected");
            }
            out[n++] = (byte) c;
            tree.update(c);
        }
    }

    static byte[] encode(byte[] data) {
        AdaptiveHuffman tree = new AdaptiveHuffman();
        BitWriter out = new BitWriter(data.length / 2);
        for (byte b : data) {
            int c = b & 0xFF;
            tree.encode(c, out);
            tree.update(c);
        }
        tree.encode(END_OF_STREAM, out);
        return out.finish();
    }

    /** The code of a symbol: the path from its leaf up to the root, written root first. */
    private void encode(int c, BitWriter out) {
        int node = leaf[c] == -1 ? leaf[ESCAPE] : leaf[c];
        boolean[] path = new boolean[NODES];
        int length = 0;
        while (node != ROOT) {
            path[length++] = (node & 1) == 0;
            node = parent[node];
        }
        for (int i = length - 1; i >= 0; i--) {
            out.bit(path[i]);
        }
        if (leaf[c] == -1) {
            out.bits(c, 8);
            addLeaf(c);
        }
    }

    private void set(int node, int childOrSymbol, boolean leafNode, int w, int up) {
        child[node] = childOrSymbol;
        isLeaf[node] = leafNode;
        weight[node] = w;
        parent[node] = up;
    }

    /** Splits the lightest node into itself and a new zero-weight leaf for {@code c}. */
    private void addLeaf(int c) {
        if (nextFree + 2 > NODES) {
            throw new IllegalArgumentException("the code's tree outgrows its table");
        }
        int lightest = nextFree - 1;
        int moved = nextFree;
        int fresh = nextFree + 1;
        nextFree += 2;
        set(moved, child[lightest], isLeaf[lightest], weight[lightest], lightest);
        leaf[child[moved]] = moved;
        child[lightest] = moved;
        isLeaf[lightest] = false;
        set(fresh, c, true, 0, lightest);
        leaf[c] = fresh;
    }

    /** Adds one to the weights from the symbol's leaf up, swapping nodes to keep them ordered by weight. */
    private void update(int c) {
        if (weight[ROOT] == MAX_WEIGHT) {
            rebuild();
        }
        int node = leaf[c];
        while (node != -1) {
            weight[node]++;
            int target = node;
            while (target > ROOT && weight[target - 1] < weight[node]) {
                target--;
            }
            if (target != node) {
                swap(node, target);
                node = target;
            }
            node = parent[node];
        }
    }

    private void swap(int i, int j) {
        adoptChildren(i, j);
        adoptChildren(j, i);
        int c = child[i];
        boolean l = isLeaf[i];
        int w = weight[i];
        child[i] = child[j];
        isLeaf[i] = isLeaf[j];
        weight[i] = weight[j];
        child[j] = c;
        isLeaf[j] = l;
        weight[j] = w;
        // Parents stay with the positions.
    }

    /** Points what hangs below node {@code from} at position {@code to}. */
    private void adoptChildren(int from, int to) {
        if (isLeaf[from]) {
            leaf[child[from]] = to;
        } else {
            parent[child[from]] = to;
            parent[child[from] + 1] = to;
        }
    }

    /** Halves every leaf's weight and rebuilds the tree from the leaves, when the root grows too heavy. */
    private void rebuild() {
        int j = nextFree - 1;
        for (int i = j; i >= ROOT; i--) {
            if (isLeaf[i]) {
                copy(i, j);
                weight[j] = (weight[j] + 1) / 2;
                j--;
            }
        }
        for (int i = nextFree - 2; j >= ROOT; i -= 2, j--) {
            int w = weight[i] + weight[i + 1];
            int k = j + 1;
            while (k < nextFree && w < weight[k]) {
                k++;
            }
            k--;
            for (int m = j; m < k; m++) {
                copy(m + 1, m);
            }
            weight[k] = w;
            child[k] = i;
            isLeaf[k] = false;
        }
        for (int i = nextFree - 1; i >= ROOT; i--) {
            if (isLeaf[i]) {
                leaf[child[i]] = i;
            } else {
                parent[child[i]] = i;
                parent[child[i] + 1] = i;
            }
        }
    }

    private void copy(int from, int to) {
        child[to] = child[from];
        isLeaf[to] = isLeaf[from];
        weight[to] = weight[from];
        parent[to] = parent[from];
    }
}
