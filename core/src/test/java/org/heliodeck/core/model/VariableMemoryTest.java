package org.heliodeck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/** A variable costs its primitive arrays plus a small constant: samples are never boxed or copied. */
class VariableMemoryTest {

    private static final int RECORDS = 10_000_000;
    private static final long OVERHEAD_LIMIT = 4096;

    @BeforeAll
    static void letJolMeasureRecords() {
        // JDK 25's Unsafe refuses field offsets of records (Metadata, Axis); JOL then finds them
        // itself. It needs no agent for sizes, and attaching one to itself fails without a JVM flag.
        // Set before JOL's first use, since it reads the properties once.
        System.setProperty("jol.magicFieldOffset", "true");
        System.setProperty("jol.skipDynamicAttach", "true");
    }

    @Test
    void tenMillionThreeComponentRecordsCostTheirArraysPlusAFewKilobytes() {
        long[] times = new long[RECORDS];
        double[] values = new double[3 * RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            times[i] = i * 1_000_000_000L;
        }
        Metadata metadata = Metadata.builder()
                .units("nT")
                .label("B GSE")
                .componentLabels(List.of("Bx", "By", "Bz"))
                .coordinateSystem("GSE")
                .fillValue(-1e31)
                .build();

        long beforeBuilding = allocatedBytes();
        Variable b = Variable.of("AC_H0_MFI", "BGSEc", times, Values.of(values, 3), List.of(), metadata);
        // Sorted input is adopted, not copied.
        assertThat(allocatedBytes() - beforeBuilding).isLessThan(OVERHEAD_LIMIT);

        long arrays = GraphLayout.parseInstance((Object) times).totalSize()
                + GraphLayout.parseInstance((Object) values).totalSize();
        long total = GraphLayout.parseInstance(b).totalSize();
        assertThat(total).isBetween(arrays, arrays + OVERHEAD_LIMIT);
        // Slices and components are views: they allocate no sample.
        long beforeSlicing = allocatedBytes();
        Variable slice = b.slice(new TimeRange(RECORDS / 4 * 1_000_000_000L, RECORDS / 2 * 1_000_000_000L));
        Variable bz = slice.component("Bz");
        assertThat(allocatedBytes() - beforeSlicing).isLessThan(OVERHEAD_LIMIT);
        assertThat(bz.records()).isEqualTo(RECORDS / 4);
    }

    @Test
    void theMeasureSeesBoxedSamples() {
        // The control: were samples boxed, the same measure would find 16 bytes or more per sample.
        List<Double> boxed = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            boxed.add(i + 0.5);
        }
        assertThat(GraphLayout.parseInstance(boxed).totalSize()).isGreaterThan(10_000 * 16L);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
