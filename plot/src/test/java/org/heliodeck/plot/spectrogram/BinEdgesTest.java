package org.heliodeck.plot.spectrogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.ScaleType;
import org.junit.jupiter.api.Test;

class BinEdgesTest {

    private final double[] lower = new double[3];
    private final double[] upper = new double[3];

    @Test
    void decreasingCentresOnALogAxisSplitAtGeometricMeansAndMirrorAtTheEnds() {
        Axis energy = Axis.constant("energy", "keV", "Energy", ScaleType.LOG, new double[] {1000, 100, 10});

        BinEdges.of(energy, 0, true, lower, upper);

        assertThat(lower).containsExactly(new double[] {Math.sqrt(1e5), Math.sqrt(1e3), 10 / Math.sqrt(10)}, within(1e-9));
        assertThat(upper).containsExactly(new double[] {1000 * Math.sqrt(10), Math.sqrt(1e5), Math.sqrt(1e3)},
                within(1e-9));
    }

    @Test
    void linearAxesSplitHalfWayAndMissingCentresHaveNoBounds() {
        Axis frequency = Axis.constant("f", "Hz", "f", ScaleType.LINEAR, new double[] {0, 2, Double.NaN});

        BinEdges.of(frequency, 0, false, lower, upper);

        assertThat(lower[0]).isEqualTo(-1);
        assertThat(upper[0]).isEqualTo(1);
        assertThat(lower[1]).isEqualTo(1);
        assertThat(upper[1]).isEqualTo(3);
        assertThat(lower[2]).isNaN();
        assertThat(upper[2]).isNaN();
    }

    @Test
    void aLoneBinGetsATenthOfItsCentreEitherSide() {
        double[] lo = new double[1];
        double[] hi = new double[1];

        BinEdges.of(Axis.constant("f", "Hz", "f", ScaleType.LINEAR, new double[] {50}), 0, false, lo, hi);
        assertThat(lo[0]).isEqualTo(45);
        assertThat(hi[0]).isEqualTo(55);

        BinEdges.of(Axis.constant("f", "Hz", "f", ScaleType.LOG, new double[] {90}), 0, true, lo, hi);
        assertThat(lo[0]).isCloseTo(81, within(1e-9));
        assertThat(hi[0]).isCloseTo(100, within(1e-9));
    }
}
