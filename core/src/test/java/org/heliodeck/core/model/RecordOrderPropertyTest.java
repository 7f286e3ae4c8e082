package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Normalisation of raw input by {@link Variable#of}, against a map keyed by time where the last record wins. */
class RecordOrderPropertyTest {

    @Property
    void ofKeepsTheLastRecordOfEachTimeInTimeOrderAndDropsFillTimes(@ForAll("rawTimes") List<Long> raw) {
        long[] times = raw.stream().mapToLong(Long::longValue).toArray();
        double[] values = new double[times.length * 2];
        Map<Long, double[]> expected = new TreeMap<>();
        for (int i = 0; i < times.length; i++) {
            values[2 * i] = i;
            values[2 * i + 1] = -i;
            if (times[i] != Long.MIN_VALUE) {
                expected.put(times[i], new double[] {i, -i});
            }
        }

        Variable v = Variable.of("P", "x", times, Values.of(values, 2), List.of(), Metadata.builder().build());

        assertThat(v.time().toArray()).containsExactly(expected.keySet().stream().mapToLong(Long::longValue).toArray());
        assertThat(v.values()).isEqualTo(Values.of(
                expected.values().stream().flatMapToDouble(Arrays::stream).toArray(), 2));
    }

    /** Sorted pieces one after another, overlapping, with repeats and CDF fill times: the shapes raw input comes in. */
    @Provide
    Arbitrary<List<Long>> rawTimes() {
        Arbitrary<Long> time = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.longs().between(-50, 50)),
                Tuple.of(1, Arbitraries.just(Long.MIN_VALUE)));
        Arbitrary<List<Long>> piece = time.list().ofMaxSize(30).map(p -> p.stream().sorted().toList());
        return piece.list().ofMaxSize(8).map(pieces -> pieces.stream().flatMap(List::stream).toList());
    }
}
