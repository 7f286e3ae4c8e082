package org.heliodeck.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.inventory.Filters;
import org.heliodeck.data.inventory.InventoryIndex;
import org.heliodeck.data.inventory.SearchHit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One search over the AMDA + CDAWeb inventories (about 10 800 nodes), top 20: Heliodeck's Lucene
 * index (typos, prefixes, id parts, ranking) against what a developer writes first — a scan of
 * every node keeping those whose lower-case name and description contain every word of the query,
 * lower-cased once in the set-up. The peer finds neither typos nor ids by their parts, and does not
 * rank: it measures the floor a plain scan sets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InventorySearchBenchmark {

    private static final int LIMIT = 20;

    @Param({"ACE magnetic field", "magnetometr", "AC_H2", "solar wind density"})
    public String query;

    private InventoryIndex index;
    private List<InventoryNode> nodes;
    private String[] texts;

    @Setup
    public void setUp() throws IOException {
        nodes = RecordedInventories.amdaAndCdaweb();
        index = InventoryIndex.of(nodes);
        texts = nodes.stream().map(n -> (n.name() + " " + n.description()).toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    @TearDown
    public void tearDown() throws IOException {
        index.close();
    }

    @Benchmark
    public List<SearchHit> heliodeck() {
        return index.search(query, Filters.NONE, LIMIT);
    }

    @Benchmark
    public List<InventoryNode> peer() {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        List<InventoryNode> found = new ArrayList<>(LIMIT);
        for (int i = 0; i < texts.length && found.size() < LIMIT; i++) {
            boolean all = true;
            for (String w : words) {
                if (!texts[i].contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(nodes.get(i));
            }
        }
        return found;
    }
}
