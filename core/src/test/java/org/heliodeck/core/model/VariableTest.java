package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.heliodeck.core.model.Omni2Hourly.row;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

class VariableTest {

    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void omniFieldVectorReadsFillAsNanAndKeepsTheFillValue() {
        Omni2Hourly omni = Omni2Hourly.year(1999);
        Variable b = omni.bGse();

        // 1999 day 321: hour 0 is fill (999.9) in the file, hour 1 is 7.4 -11.8 3.8.
        assertThat(omni.raw(row(321, 0), Omni2Hourly.BX_GSE)).isEqualTo(999.9);
        assertThat(b.values().get(row(321, 0), 0)).isNaN();
        assertThat(b.values().get(row(321, 0), 2)).isNaN();
        assertThat(b.values().get(row(321, 1), 0)).isEqualTo(7.4);
        assertThat(b.values().get(row(321, 1), 1)).isEqualTo(-11.8);
        assertThat(b.metadata().fillValue()).isEqualTo(999.9);
        assertThat(b.records()).isEqualTo(8760);
    }

    @Test
    void magnitudeOfOmniFieldMatchesHandComputedRowsAndTheFilesOwnMagnitude() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable magnitude = omni.bGse().magnitude();

        // 2003 day 1 hour 0: Bx, By, Bz = -5.0, 2.8, 2.8 nT.
        assertThat(magnitude.values().get(0, 0)).isCloseTo(Math.sqrt(25 + 7.84 + 7.84), within(1e-12));
        // day 45 hour 17: -5.4, 9.3, -0.2 nT.
        assertThat(magnitude.values().get(row(45, 17), 0)).isCloseTo(Math.sqrt(29.16 + 86.49 + 0.04), within(1e-12));
        assertThat(magnitude.metadata().label()).isEqualTo("|B GSE|");
        assertThat(magnitude.metadata().units()).isEqualTo("nT");
        assertThat(magnitude.time()).isEqualTo(omni.bGse().time());
        // Column 10 is OMNI's own |<B>|: the components are rounded to 0.05 nT and so is column 10,
        // so the two may differ by up to 0.05·√3 + 0.05 ≈ 0.137 nT, never more.
        for (int r = 0; r < omni.rows(); r++) {
            assertThat(magnitude.values().get(r, 0))
                    .as("row %d", r)
                    .isCloseTo(omni.raw(r, Omni2Hourly.B_VECTOR_MAGNITUDE), within(0.137));
        }
    }

    @Test
    void magnitudeIsNanWhereAComponentIsFill() {
        Variable magnitude = Omni2Hourly.year(1999).bGse().magnitude();

        assertThat(magnitude.values().get(row(320, 15), 0)).isNaN();
        assertThat(magnitude.values().get(row(321, 1), 0))
                .isCloseTo(Math.sqrt(7.4 * 7.4 + 11.8 * 11.8 + 3.8 * 3.8), within(1e-12));
    }

    @Test
    void componentsAreScalarViewsFoundByIndexOrLabel() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable b = omni.bGse();

        Variable by = b.component("By");
        assertThat(by.values().rank()).isZero();
        assertThat(by.metadata().label()).isEqualTo("By");
        assertThat(by.metadata().componentLabels()).isEmpty();
        assertThat(by.time()).isSameAs(b.time());
        for (int r = 0; r < omni.rows(); r += 97) {
            assertThat(by.values().get(r, 0)).isEqualTo(omni.raw(r, Omni2Hourly.BY_GSE));
        }
        assertThat(b.component(2).values()).isEqualTo(b.component("Bz").values());
        // A component of a slice is a view of both at once.
        TimeRange day45 = new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(46, 0, 0));
        assertThat(b.slice(day45).component(0).values().get(17, 0)).isEqualTo(-5.4);
    }

    @Test
    void unknownComponentsAndNonVectorsAreRejectedWithTheVariableName() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable b = omni.bGse();

        assertThatThrownBy(() -> b.component(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'BGSE' has 3 components, no component 3");
        assertThatThrownBy(() -> b.component("Bw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'BGSE' has no component 'Bw' (components: Bx, By, Bz)");
        assertThatThrownBy(() -> omni.speed().magnitude())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a magnitude needs a one-dimensional (vector) variable; 'V' has record shape []");
    }

    @Test
    void sliceIsHalfOpenAndFindsBoundsBetweenRecords() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable v = omni.speed();

        Variable day = v.slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(46, 0, 0)));
        assertThat(day.records()).isEqualTo(24);
        assertThat(day.time().get(0)).isEqualTo(omni.tt2000(45, 0, 0));
        assertThat(day.time().get(23)).isEqualTo(omni.tt2000(45, 23, 0));
        assertThat(day.values().get(0, 0)).isEqualTo(388.0);
        assertThat(day.values().get(17, 0)).isNaN();
        assertThat(day.values().get(23, 0)).isEqualTo(492.0);

        // Bounds between records: 00:30 excludes hour 0, 02:30 includes hour 2.
        Variable between = v.slice(new TimeRange(omni.tt2000(45, 0, 30), omni.tt2000(45, 2, 30)));
        assertThat(between.time().toArray()).containsExactly(omni.tt2000(45, 1, 0), omni.tt2000(45, 2, 0));

        assertThat(v.slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(45, 0, 0))).records()).isZero();
        assertThat(v.slice(new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE)).values()).isEqualTo(v.values());
        assertThat(v.slice(new TimeRange(omni.time(omni.rows() - 1) + 1, Long.MAX_VALUE)).records()).isZero();
    }

    @Test
    void ofNormalisesUnsortedInputDroppingFillTimesAndKeepingTheLastOfEqualTimes() {
        long[] times = {3 * HOUR, HOUR, Long.MIN_VALUE, 2 * HOUR, HOUR};
        double[] values = {30, 10, 99, 20, 11};

        Variable v = Variable.of("P", "x", times, Values.of(values), List.of(), Metadata.builder().build());

        assertThat(v.time().toArray()).containsExactly(HOUR, 2 * HOUR, 3 * HOUR);
        assertThat(v.values()).isEqualTo(Values.of(new double[] {11, 20, 30}));
    }

    @Test
    void validRangeMasksOutOfRangeSamplesOfFloatValues() {
        float[] values = {-1e31f, 5f, 250f, 7f};
        Metadata metadata = Metadata.builder().fillValue(-1e31).validRange(0, 100).build();

        Variable v = Variable.of("P", "flux", new long[] {1, 2, 3, 4}, Values.of(values), List.of(), metadata);

        assertThat(v.values()).isEqualTo(Values.of(new float[] {Float.NaN, 5f, Float.NaN, 7f}));
    }

    @Test
    void mismatchedSizesAreRejectedWithNamesAndSizes() {
        Values three = Values.of(new double[9], 3);

        assertThatThrownBy(() -> Variable.of("P", "B", new long[] {1, 2}, three, List.of(), Metadata.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'B' has 2 times but 3 records of values");
        assertThatThrownBy(() -> Values.of(new double[10], 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("array of 10 samples is not a whole number of records of shape [3] (3 samples each)");
        Axis twoBins = Axis.constant("energy", "keV", "E", ScaleType.LOG, new double[] {1, 2});
        assertThatThrownBy(() -> Variable.of("P", "B", new long[] {1, 2, 3}, three, List.of(twoBins),
                        Metadata.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("axis 'energy' of 'B' has 2 bins but dimension 0 has size 3");
    }

    @Test
    void metadataBuilderRoundTripsEveryField() {
        Metadata metadata = Metadata.builder()
                .units("nT")
                .label("B")
                .componentLabels(List.of("Br", "Bt", "Bn"))
                .fillValue(-1e31)
                .validRange(-65536, 65536)
                .displayType(DisplayType.TIME_SERIES)
                .scaleType(ScaleType.LINEAR)
                .coordinateSystem("RTN")
                .attribute("CATDESC", "Magnetic field in RTN coordinates")
                .build();

        assertThat(metadata.toBuilder().build()).isEqualTo(metadata);
        assertThat(metadata.toBuilder().displayType(DisplayType.SPECTROGRAM).scaleType(ScaleType.LOG).build())
                .extracting(Metadata::displayType, Metadata::scaleType, Metadata::attributes)
                .containsExactly(DisplayType.SPECTROGRAM, ScaleType.LOG,
                        java.util.Map.of("CATDESC", "Magnetic field in RTN coordinates"));
        assertThatThrownBy(() -> Metadata.builder().label("B").validRange(1, 0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("valid range of 'B' is empty: [1.0, 0.0]");
    }
}
