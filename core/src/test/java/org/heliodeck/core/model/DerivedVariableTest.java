package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedVariableTest {

    private static final long HOUR = 3_600_000_000_000L;
    /** Proton mass × cm⁻³ × (km/s)², in nPa. */
    private static final double NPA_PER_PROTON_FLOW = 1.67262192e-6;

    @Test
    void dynamicPressureFromDensityAndSpeedOfOmni() {
        Omni2Hourly omni = Omni2Hourly.year(2003);
        Metadata nPa = Metadata.builder().units("nPa").label("Pdyn").build();

        Variable pressure = DerivedVariable.of("PDYN", nPa,
                record -> NPA_PER_PROTON_FLOW * record.get(0, 0) * record.get(1, 0) * record.get(1, 0),
                new Interpolator(HOUR), omni.density(), omni.speed());

        // Day 1 hour 0: 5.6 cm^-3 at 408 km/s.
        assertThat(pressure.values().get(0, 0)).isCloseTo(NPA_PER_PROTON_FLOW * 5.6 * 408 * 408, within(1e-12));
        assertThat(pressure.values().get(Omni2Hourly.row(45, 17), 0)).isNaN();
        assertThat(pressure.time()).isEqualTo(omni.density().time());
        assertThat(pressure.metadata()).isEqualTo(nPa);
        assertThat(pressure.values().rank()).isZero();
    }

    @Test
    void aFormulaOverOneVectorSeesAllItsComponents() {
        Omni2Hourly omni = Omni2Hourly.year(2003);

        // The cone angle: between the field and the Sun-Earth line.
        Variable cone = DerivedVariable.of("CONE", Metadata.builder().units("deg").build(),
                record -> Math.toDegrees(Math.acos(Math.abs(record.get(0, 0)) / Math.sqrt(
                        record.get(0, 0) * record.get(0, 0) + record.get(0, 1) * record.get(0, 1)
                                + record.get(0, 2) * record.get(0, 2)))),
                omni.bGse());

        assertThat(cone.values().get(0, 0))
                .isCloseTo(Math.toDegrees(Math.acos(5.0 / Math.sqrt(25 + 7.84 + 7.84))), within(1e-9));
        assertThat(cone.axes()).isEqualTo(List.of());
    }
}
