package org.heliodeck.formats.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.Codecs;
import org.heliodeck.formats.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Omni2Test {

    /** Hours 1998–2015: 6 574 days (four leap years), one line an hour. */
    private static final int HOURS_1998_2015 = 6_574 * 24;

    /**
     * Day 100, hour 12 of each year, as the file text gives it: |B|, Bx, By, Bz GSE, Bz GSM, Np, V,
     * Dst, F10.7.
     */
    private static final String[] DAY_100_NOON = {
        "1998 4.9 2.3 -2.7 2.8 2.2 10.7 352. 3 130.2",
        "1999 10.4 -8.0 1.2 6.2 6.3 4.8 517. 2 136.9",
        "2000 4.7 3.2 -2.7 -2.0 -2.5 1.6 548. -41 176.9",
        "2001 4.4 3.4 -0.5 -1.0 -1.1 1.2 561. -26 170.4",
        "2002 8.6 0.1 7.7 -2.3 -0.6 18.4 310. 14 195.1",
        "2003 13.7 -9.1 8.9 1.8 3.7 7.1 622. -18 104.1",
        "2004 5.5 0.4 -2.5 3.3 2.7 4.2 489. -8 90.3",
        "2005 4.4 -3.9 1.8 -0.4 0.0 8.6 329. 7 88.6",
        "2006 4.1 1.2 2.7 -1.9 -1.3 2.0 693. -32 89.1",
        "2007 7.3 -6.3 3.1 -1.7 -1.0 7.6 396. 3 69.7",
        "2008 3.2 -1.1 -0.1 2.1 2.0 1.5 718. -19 68.2",
        "2009 3.1 1.6 -0.7 0.2 0.0 3.4 517. -8 69.7",
        "2010 3.1 -1.5 1.0 2.4 2.6 3.0 396. -20 75.3",
        "2011 4.2 1.8 -3.3 -1.7 -2.4 3.8 368. -13 105.2",
        "2012 3.2 1.9 1.3 1.8 2.0 6.4 321. -3 94.9",
        "2013 5.3 -2.3 4.4 -0.4 0.6 6.2 349. -1 148.6",
        "2014 3.8 -3.1 2.2 -0.5 0.0 1.3 396. -9 137.3",
        "2015 16.6 0.7 5.9 14.5 15.5 21.5 397. -28 115.5",
    };

    @TempDir
    Path dir;

    @Test
    void readsOneYearWithUnitsFillsAndTime() throws IOException {
        DataSet year = Omni2.read(SharedData.file("omni2-hourly/omni2_1998.dat"));

        Variable b = year.variable("B_GSE").orElseThrow();
        assertThat(b.records()).isEqualTo(8760);
        assertThat(b.time().get(0)).isEqualTo(Tt2000.parse("1998-01-01T00:00Z"));
        assertThat(b.time().get(8759)).isEqualTo(Tt2000.parse("1998-12-31T23:00Z"));
        assertThat(b.metadata().units()).isEqualTo("nT");
        assertThat(b.metadata().coordinateSystem()).isEqualTo("GSE");
        assertThat(b.metadata().componentLabels()).containsExactly("Bx", "By", "Bz");
        // First line: Bx -1.5, By 1.9, Bz 1.8 GSE; By 1.4, Bz 2.2 GSM; Tp 117417., Pdyn 1.83, beta 3.72, Kp 7.
        assertThat(List.of(b.values().get(0, 0), b.values().get(0, 1), b.values().get(0, 2))).containsExactly(-1.5, 1.9, 1.8);
        Variable gsm = year.variable("B_GSM").orElseThrow();
        assertThat(List.of(gsm.values().get(0, 0), gsm.values().get(0, 1), gsm.values().get(0, 2))).containsExactly(-1.5, 1.4, 2.2);
        assertThat(first(year, "T_p")).isEqualTo(117417.0);
        assertThat(first(year, "P_dyn")).isEqualTo(1.83);
        assertThat(first(year, "beta")).isEqualTo(3.72);
        assertThat(first(year, "Kp_x10")).isEqualTo(7.0);
        assertThat(first(year, "Dst")).isEqualTo(-9.0);
        assertThat(first(year, "F10_7")).isEqualTo(98.3);
        // 1998 day 7 hour 21 has no plasma: Np 999.9, V 9999., Tp 9999999., Pdyn 99.99, beta 999.99.
        int gap = (6 * 24) + 21;
        for (String plasma : List.of("N_p", "V", "T_p", "P_dyn", "beta")) {
            assertThat(year.variable(plasma).orElseThrow().values().get(gap, 0)).as(plasma).isNaN();
        }
        // 1998 day 321 hour 17 has no field at all.
        assertThat(year.variable("B_magnitude").orElseThrow().values().get(320 * 24 + 17, 0)).isNaN();
        assertThat(b.values().get(320 * 24 + 17, 2)).isNaN();
    }

    @Test
    void readsEighteenYearsIntoOneDataSet() throws IOException {
        List<Path> files = new ArrayList<>(IntStream.rangeClosed(1998, 2015)
                .mapToObj(y -> SharedData.file("omni2-hourly/omni2_" + y + ".dat")).toList());
        Collections.reverse(files);

        DataSet all = Omni2.read(files);

        assertThat(all.product()).isEqualTo(Omni2.PRODUCT);
        Variable b = all.variable("B_GSE").orElseThrow();
        assertThat(b.records()).isEqualTo(HOURS_1998_2015);
        assertThat(b.time().get(0)).isEqualTo(Tt2000.parse("1998-01-01T00:00Z"));
        assertThat(b.time().get(HOURS_1998_2015 - 1)).isEqualTo(Tt2000.parse("2015-12-31T23:00Z"));
        for (Variable v : all.variables()) {
            assertThat(v.records()).as(v.name()).isEqualTo(HOURS_1998_2015);
        }
        for (String line : DAY_100_NOON) {
            String[] f = line.split(" ");
            long t = Tt2000.parse(f[0] + "-100T12:00Z");
            int i = b.time().indexAtOrAfter(t);
            assertThat(b.time().get(i)).isEqualTo(t);
            assertThat(value(all, "B_magnitude", i, 0)).as(line).isEqualTo(Double.parseDouble(f[1]));
            assertThat(value(all, "B_GSE", i, 0)).as(line).isEqualTo(Double.parseDouble(f[2]));
            assertThat(value(all, "B_GSE", i, 1)).as(line).isEqualTo(Double.parseDouble(f[3]));
            assertThat(value(all, "B_GSE", i, 2)).as(line).isEqualTo(Double.parseDouble(f[4]));
            assertThat(value(all, "B_GSM", i, 2)).as(line).isEqualTo(Double.parseDouble(f[5]));
            assertThat(value(all, "N_p", i, 0)).as(line).isEqualTo(Double.parseDouble(f[6]));
            assertThat(value(all, "V", i, 0)).as(line).isEqualTo(Double.parseDouble(f[7]));
            assertThat(value(all, "Dst", i, 0)).as(line).isEqualTo(Double.parseDouble(f[8]));
            assertThat(value(all, "F10_7", i, 0)).as(line).isEqualTo(Double.parseDouble(f[9]));
        }
        // Lines with the fill (counted in the file text): |B| 999.9 26 times, Np 999.9 1690, F10.7 999.9 120.
        assertThat(nanCount(all, "B_magnitude")).isEqualTo(26);
        assertThat(nanCount(all, "N_p")).isEqualTo(1690);
        assertThat(nanCount(all, "F10_7")).isEqualTo(120);
        assertThat(nanCount(all, "Kp_x10")).isZero();
    }

    @Test
    void theCodecIsFoundByFileNameAndByContent() throws IOException {
        Path real = SharedData.file("omni2-hourly/omni2_2003.dat");
        Path renamed = Files.copy(real, dir.resolve("solar-wind.txt"));

        assertThat(Codecs.forFile(real)).get().extracting(c -> c.name()).isEqualTo("omni2");
        assertThat(Codecs.forFile(renamed)).get().extracting(c -> c.name()).isEqualTo("omni2");
        assertThat(Codecs.byName("omni2").orElseThrow().read(renamed).variable("Dst")).isPresent();
    }

    @Test
    void aTruncatedLineIsRefusedWithFileAndLine() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("omni2-hourly/omni2_2001.dat")).subList(0, 5);
        List<String> broken = new ArrayList<>(lines);
        broken.set(3, lines.get(3).substring(0, 200));
        Path file = Files.write(dir.resolve("omni2_2001.dat"), broken);

        assertThatThrownBy(() -> Omni2.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("omni2_2001.dat, line 4: has ")
                .hasMessageContaining("where 55 are expected");
    }

    @Test
    void aNonNumericFieldIsRefusedWithFileLineFieldAndName() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.file("omni2-hourly/omni2_2001.dat")).subList(0, 3));
        String[] f = lines.get(2).strip().split("\\s+");
        f[40] = "n/a";
        lines.set(2, String.join(" ", f));
        Path file = Files.write(dir.resolve("omni2_2001.dat"), lines);

        assertThatThrownBy(() -> Omni2.read(file))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("omni2_2001.dat, line 3, field 41: 'n/a' is not a number (Dst)");
    }

    private static double first(DataSet data, String name) {
        return value(data, name, 0, 0);
    }

    private static double value(DataSet data, String name, int record, int element) {
        return data.variable(name).orElseThrow().values().get(record, element);
    }

    private static long nanCount(DataSet data, String name) {
        Variable v = data.variable(name).orElseThrow();
        return IntStream.range(0, v.records()).filter(i -> Double.isNaN(v.values().get(i, 0))).count();
    }
}
