package org.heliodeck.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.inventory.Filters;
import org.heliodeck.data.inventory.InventoryIndex;

/**
 * The spread of search latency over 1000 queries made from the inventory itself, as people type
 * them: id prefixes ({@code AC_H2_M}), description words with a typo ({@code magnetc fiedl}), the
 * first words of names; prints p50, p99 and the maximum. Run with
 * {@code java -cp bench/target/benchmarks.jar org.heliodeck.bench.InventorySearchLatency}.
 */
public final class InventorySearchLatency {

    private static final int QUERIES = 1000;

    private InventorySearchLatency() {}

    public static void main(String[] args) throws IOException {
        List<InventoryNode> nodes = RecordedInventories.amdaAndCdaweb();
        long built = System.nanoTime();
        try (InventoryIndex index = InventoryIndex.of(nodes)) {
            System.out.printf(Locale.ROOT, "%d nodes indexed in %.0f ms%n", nodes.size(), (System.nanoTime() - built) / 1e6);
            List<String> queries = queries(nodes, new Random(20261124));
            for (int round = 0; round < 3; round++) {
                // Warm the JIT on the same queries before timing.
                queries.forEach(q -> index.search(q, Filters.NONE, 20));
            }
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                index.search(queries.get(i), Filters.NONE, 20);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%d queries, top 20: p50 %.0f µs, p99 %.0f µs, max %.0f µs%n", nanos.length,
                    nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 99 / 100] / 1e3, nanos[nanos.length - 1] / 1e3);
        }
    }

    private static List<String> queries(List<InventoryNode> nodes, Random random) {
        List<String> queries = new ArrayList<>(QUERIES);
        while (queries.size() < QUERIES) {
            InventoryNode n = nodes.get(random.nextInt(nodes.size()));
            String q = switch (queries.size() % 3) {
                case 0 -> n.kind() == NodeKind.DATASET && n.id().length() > 3
                        ? n.id().substring(0, 3 + random.nextInt(n.id().length() - 2)) : "";
                case 1 -> typo(firstWords(n.description(), 2), random);
                default -> firstWords(n.name(), 2);
            };
            if (!q.isBlank()) {
                queries.add(q);
            }
        }
        return queries;
    }

    private static String firstWords(String text, int count) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(count, words.length)));
    }

    /** Swaps two neighbouring letters of a long word, the commonest typing slip. */
    private static String typo(String text, Random random) {
        if (text.length() < 6) {
            return text;
        }
        int i = 1 + random.nextInt(text.length() - 3);
        char[] c = text.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
