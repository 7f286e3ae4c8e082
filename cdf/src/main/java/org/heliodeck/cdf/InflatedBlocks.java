package org.heliodeck.cdf;

import java.lang.ref.SoftReference;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recently inflated compressed blocks of one open file, so that reading the same records again
 * (scrolling back over a plot) copies instead of decompressing. Bounded by a byte budget, least
 * recently used first out; softly referenced, so the garbage collector may take them under pressure.
 */
final class InflatedBlocks {

    private final long budget;
    private final Map<Long, SoftReference<byte[]>> blocks = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    InflatedBlocks(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The inflated block at {@code offset}, inflating it with {@code inflate} when not held. */
    byte[] get(long offset, Supplier<byte[]> inflate) {
        synchronized (this) {
            SoftReference<byte[]> ref = blocks.get(offset);
            byte[] bytes = ref == null ? null : ref.get();
            if (bytes != null) {
                return bytes;
            }
            if (ref != null) {
                blocks.remove(offset);
            }
        }
        // Inflate outside the lock: blocks of one variable are inflated in parallel.
        byte[] bytes = inflate.get();
        if (bytes.length <= budget / 4) {
            synchronized (this) {
                SoftReference<byte[]> previous = blocks.put(offset, new SoftReference<>(bytes));
                if (previous == null || previous.get() == null) {
                    held += bytes.length;
                }
                evict();
            }
        }
        return bytes;
    }

    private void evict() {
        Iterator<Map.Entry<Long, SoftReference<byte[]>>> it = blocks.entrySet().iterator();
        while (held > budget && it.hasNext()) {
            byte[] bytes = it.next().getValue().get();
            held -= bytes == null ? 0 : bytes.length;
            it.remove();
        }
        if (blocks.isEmpty()) {
            held = 0;
        }
    }
}
