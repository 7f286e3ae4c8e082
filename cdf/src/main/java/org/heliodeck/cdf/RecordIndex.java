package org.heliodeck.cdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a variable's records are: the leaves of its VXR tree, flattened and sorted by first record.
 * Each leaf is a VVR (plain records) or a CVVR (a compressed block of records).
 */
final class RecordIndex {

    /** A run of records [first, last] stored in the VVR or CVVR at {@code offset}. */
    record Block(int first, int last, long offset) {}

    private static final int MAX_DEPTH = 64;

    private final Block[] blocks;
    private final int[] firsts;

    private RecordIndex(Block[] blocks) {
        this.blocks = blocks;
        this.firsts = Arrays.stream(blocks).mapToInt(Block::first).toArray();
    }

    static RecordIndex read(FileImage file, long vxrHead, String variable) {
        List<Block> blocks = new ArrayList<>();
        collect(file, vxrHead, variable, blocks, new HashSet<>(), 0);
        blocks.sort((a, b) -> Integer.compare(a.first(), b.first()));
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).first() <= blocks.get(i - 1).last()) {
                throw file.error(blocks.get(i).offset(), "records " + blocks.get(i).first() + ".." + blocks.get(i).last()
                        + " of " + variable + " overlap an earlier block: corrupted index");
            }
        }
        return new RecordIndex(blocks.toArray(Block[]::new));
    }

    /** Walks a VXR chain and the VXRs it points to; a loop or runaway depth is corruption, not a hang. */
    private static void collect(FileImage file, long vxr, String variable, List<Block> out, Set<Long> seen, int depth) {
        while (vxr != 0) {
            if (!seen.add(vxr) || depth > MAX_DEPTH) {
                throw file.error(vxr, "the record index of " + variable + " loops back on itself: corrupted");
            }
            RecordCursor c = file.cursor(vxr, RecordType.VXR);
            long next = c.offset();
            int entries = c.int32();
            int used = c.int32();
            if (entries < 0 || used < 0 || used > entries) {
                throw file.error(vxr, "a VXR of " + variable + " claims " + used + " of " + entries + " entries used");
            }
            int[] first = new int[used];
            int[] last = new int[used];
            long[] offsets = new long[used];
            for (int i = 0; i < used; i++) {
                first[i] = c.int32();
            }
            c.skip(4 * (entries - used));
            for (int i = 0; i < used; i++) {
                last[i] = c.int32();
            }
            c.skip(4 * (entries - used));
            for (int i = 0; i < used; i++) {
                offsets[i] = c.offset();
            }
            for (int i = 0; i < used; i++) {
                if (first[i] < 0 || last[i] < first[i]) {
                    throw file.error(vxr, "a VXR of " + variable + " has the record range " + first[i] + ".." + last[i]);
                }
                int type = file.int32(offsets[i] + file.offsetSize());
                if (type == RecordType.VXR.code) {
                    collect(file, offsets[i], variable, out, seen, depth + 1);
                } else if (type == RecordType.VVR.code || type == RecordType.CVVR.code) {
                    out.add(new Block(first[i], last[i], offsets[i]));
                } else {
                    throw file.error(offsets[i], "a VXR of " + variable + " points at record type " + type + ", not a VVR or VXR");
                }
            }
            vxr = next;
        }
    }

    /** The index of the first block whose last record is at or after {@code record}; blocks().length when none. */
    int firstBlockEndingAtOrAfter(int record) {
        int i = Arrays.binarySearch(firsts, record);
        if (i >= 0) {
            return i;
        }
        i = -i - 2;
        if (i >= 0 && blocks[i].last() >= record) {
            return i;
        }
        return i + 1;
    }

    Block[] blocks() {
        return blocks;
    }
}
