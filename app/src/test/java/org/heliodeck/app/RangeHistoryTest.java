package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

class RangeHistoryTest {

    /** Visiting ranges then going all the way back and all the way forward passes them in order. */
    @Property
    void backThenForwardRetraceTheVisits(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1000) Integer> starts) {
        List<TimeRange> visited = new ArrayList<>();
        RangeHistory history = new RangeHistory();
        TimeRange current = range(-1);
        visited.add(current);
        for (int s : starts) {
            history.left(current);
            current = range(s);
            visited.add(current);
        }

        for (int i = visited.size() - 2; i >= 0; i--) {
            current = history.back(current).orElseThrow();
            assertThat(current).isEqualTo(visited.get(i));
        }
        assertThat(history.back(current)).isEmpty();
        for (int i = 1; i < visited.size(); i++) {
            current = history.forward(current).orElseThrow();
            assertThat(current).isEqualTo(visited.get(i));
        }
        assertThat(history.forward(current)).isEmpty();
    }

    @Test
    void goingSomewhereNewForgetsWhatWasAhead() {
        RangeHistory history = new RangeHistory();
        history.left(range(1));
        TimeRange at = history.back(range(2)).orElseThrow();
        assertThat(history.canGoForward()).isTrue();

        history.left(at);

        assertThat(history.canGoForward()).isFalse();
        assertThat(history.back(range(3))).hasValue(range(1));
    }

    @Test
    void keepsTheLatestTwoHundred() {
        RangeHistory history = new RangeHistory();
        for (int i = 0; i < 250; i++) {
            history.left(range(i));
        }
        TimeRange current = range(250);
        int steps = 0;
        for (var back = history.back(current); back.isPresent(); back = history.back(current)) {
            current = back.get();
            steps++;
        }
        assertThat(steps).isEqualTo(200);
        assertThat(current).isEqualTo(range(50));
    }

    private static TimeRange range(int start) {
        return new TimeRange(start * 1_000L, start * 1_000L + 500);
    }

    @org.junit.jupiter.api.Test
    void aGestureIsOneStepBack() {
        long[] now = {0};
        RangeHistory history = new RangeHistory(() -> now[0], java.time.Duration.ofMillis(500));
        history.left(range(1));
        for (int drag = 2; drag < 30; drag++) {
            now[0] += 16_000_000L; // one event a frame
            history.left(range(drag));
        }
        now[0] += 2_000_000_000L; // the user stops, then types a range
        history.left(range(30));
        assertThat(history.back(range(31))).contains(range(30));
        assertThat(history.back(range(30))).contains(range(1));
        assertThat(history.canGoBack()).isFalse();
    }
}
