package org.heliodeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark compares like with like only if both sides compute the same instants. */
class IsoParseBenchmarkTest {

    @Test
    void heliodeckAndPeerAgree() {
        IsoParseBenchmark benchmark = new IsoParseBenchmark();
        benchmark.setUp();
        assertThat(benchmark.heliodeck()).isEqualTo(benchmark.peer());
    }
}
