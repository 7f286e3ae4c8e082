package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;

class FragmentMergerTest {

    @Test
    void overlappingFragmentsCutFromTheOmniSeriesMergeBackToIt() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable b = omni.bGse();
        // Three downloads that overlap by hours to days, handed over out of order.
        Variable january = b.slice(new TimeRange(omni.time(0), omni.tt2000(40, 6, 0)));
        Variable spring = b.slice(new TimeRange(omni.tt2000(32, 0, 0), omni.tt2000(200, 0, 0)));
        Variable rest = b.slice(new TimeRange(omni.tt2000(199, 13, 0), Long.MAX_VALUE));

        Variable merged = FragmentMerger.merge(List.of(rest, january, spring));

        assertThat(merged.time()).isEqualTo(b.time());
        assertThat(merged.values()).isEqualTo(b.values());
        assertThat(merged.metadata()).isEqualTo(b.metadata());
    }

    @Test
    void disjointFragmentsKeepTheGapBetweenThem() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable v = omni.speed();
        Variable before = v.slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(45, 6, 0)));
        Variable after = v.slice(new TimeRange(omni.tt2000(45, 12, 0), omni.tt2000(46, 0, 0)));

        Variable merged = FragmentMerger.merge(List.of(after, before));

        assertThat(merged.records()).isEqualTo(18);
        assertThat(merged.time().get(5)).isEqualTo(omni.tt2000(45, 5, 0));
        assertThat(merged.time().get(6)).isEqualTo(omni.tt2000(45, 12, 0));
        assertThat(merged.values().get(6, 0)).isEqualTo(439.0);
    }

    @Test
    void whereFragmentsShareATimeTheLaterFragmentInTheListWins() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable v = omni.speed();
        Variable hours0to3 = v.slice(new TimeRange(omni.tt2000(45, 0, 0), omni.tt2000(45, 3, 0)));
        // A re-download of hours 1 and 2 with the speed in another unit system's numbers.
        Variable redownload = Variable.of(Omni2Hourly.PRODUCT, "V",
                new long[] {omni.tt2000(45, 1, 0), omni.tt2000(45, 2, 0)}, Values.of(new double[] {-1, -2}),
                List.of(), v.metadata());

        assertThat(FragmentMerger.merge(List.of(hours0to3, redownload)).values())
                .isEqualTo(Values.of(new double[] {388, -1, -2}));
        assertThat(FragmentMerger.merge(List.of(redownload, hours0to3)).values())
                .isEqualTo(Values.of(new double[] {388, 385, 384}));
    }

    @Test
    void floatFragmentsStayFloat() {
        Metadata metadata = Metadata.builder().build();
        Variable a = Variable.of("P", "x", new long[] {1, 2, 3}, Values.of(new float[] {1, 2, 3}), List.of(), metadata);
        Variable b = Variable.of("P", "x", new long[] {3, 4}, Values.of(new float[] {30, 4}), List.of(), metadata);

        assertThat(FragmentMerger.merge(List.of(a, b)).values()).isEqualTo(Values.of(new float[] {1, 2, 30, 4}));
    }

    @Test
    void emptyFragmentsAreIgnored() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Variable v = omni.speed();
        Variable none = v.slice(new TimeRange(0, 0));

        assertThat(FragmentMerger.merge(List.of(none, v, none))).isSameAs(v);
        assertThat(FragmentMerger.merge(List.of(none)).records()).isZero();
    }

    @Test
    void fragmentsOfDifferentVariablesOrShapesAreRejected() {
        Omni2Hourly omni = Omni2Hourly.year(2003);

        assertThatThrownBy(() -> FragmentMerger.merge(List.of(omni.speed(), omni.density())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot merge fragment 1 into OMNI2_H0_MRG1HR/V: it is OMNI2_H0_MRG1HR/N");
        Variable floats = Variable.of(Omni2Hourly.PRODUCT, "V", new long[] {1}, Values.of(new float[] {400}),
                List.of(), omni.speed().metadata());
        assertThatThrownBy(() -> FragmentMerger.merge(List.of(omni.speed(), floats)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fragment 1")
                .hasMessageContaining("FloatValues[records=1, shape=[]]");
        assertThatThrownBy(() -> FragmentMerger.merge(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no fragments to merge");
    }
}
