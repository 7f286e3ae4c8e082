package org.heliodeck.core.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.heliodeck.core.testing.SharedData;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.TimeScale;

/**
 * One year of NASA OMNI2 hourly data from {@code ../shared/data/omni2-hourly} (real measurements,
 * King &amp; Papitashvili 2005), with columns numbered from 1 as in the SPDF format description.
 * Skips the calling test when the file is absent.
 */
final class Omni2Hourly {

    static final String PRODUCT = "OMNI2_H0_MRG1HR";
    static final int BX_GSE = 13;
    static final int BY_GSE = 14;
    static final int BZ_GSE = 15;
    static final int BZ_GSM = 17;
    /** |&lt;B&gt;|: magnitude of the hourly averaged field vector. */
    static final int B_VECTOR_MAGNITUDE = 10;
    static final int DENSITY = 24;
    static final int SPEED = 25;
    /** Fill of the field columns 9–22 and of the density. */
    static final double FIELD_FILL = 999.9;
    static final double SPEED_FILL = 9999.;

    private final int year;
    private final long[] times;
    private final double[][] rows;

    private Omni2Hourly(int year, long[] times, double[][] rows) {
        this.year = year;
        this.times = times;
        this.rows = rows;
    }

    /** Years already parsed: several tests read the same year, and parsing is most of their time. */
    private static final Map<Integer, Omni2Hourly> YEARS = new ConcurrentHashMap<>();

    /** The year's file, parsed once per test run. Its arrays are never handed out: {@link #variable} copies them. */
    static Omni2Hourly year(int year) {
        return YEARS.computeIfAbsent(year, Omni2Hourly::read);
    }

    private static Omni2Hourly read(int year) {
        Path file = SharedData.file("omni2-hourly/omni2_" + year + ".dat");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] times = new long[lines.size()];
        double[][] rows = new double[lines.size()][];
        for (int r = 0; r < rows.length; r++) {
            String[] fields = lines.get(r).trim().split("\\s+");
            rows[r] = new double[fields.length];
            for (int c = 0; c < fields.length; c++) {
                rows[r][c] = Double.parseDouble(fields[c]);
            }
            times[r] = tt2000(year, (int) rows[r][1], (int) rows[r][2], 0);
            if (r != row((int) rows[r][1], (int) rows[r][2])) {
                throw new IllegalStateException(file + " skips an hour before line " + (r + 1));
            }
        }
        return new Omni2Hourly(year, times, rows);
    }

    /** The row of an hour: the files hold every hour of the year. */
    static int row(int dayOfYear, int hour) {
        return (dayOfYear - 1) * 24 + hour;
    }

    int rows() {
        return rows.length;
    }

    long time(int row) {
        return times[row];
    }

    double raw(int row, int column) {
        return rows[row][column - 1];
    }

    /** TT2000 of a UTC hour and minute of this year. */
    long tt2000(int dayOfYear, int hour, int minute) {
        return tt2000(year, dayOfYear, hour, minute);
    }

    private static long tt2000(int year, int dayOfYear, int hour, int minute) {
        return TimeScale.standard().tt2000(LocalDate.ofYearDay(year, dayOfYear).toEpochDay(),
                (hour * 60L + minute) * 60 * TimeScale.NANOS_PER_SECOND);
    }

    /** The given columns of every row as one variable (a vector when several), with its own copy of the times. */
    Variable variable(String name, Metadata metadata, int... columns) {
        double[] flat = new double[rows.length * columns.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                flat[r * columns.length + c] = raw(r, columns[c]);
            }
        }
        Values values = columns.length == 1 ? Values.of(flat) : Values.of(flat, columns.length);
        return Variable.of(PRODUCT, name, times.clone(), values, List.of(), metadata);
    }

    /** The field vector, columns 13–15, with its fill. */
    Variable bGse() {
        return variable("BGSE", Metadata.builder()
                .units("nT")
                .label("B GSE")
                .componentLabels(List.of("Bx", "By", "Bz"))
                .coordinateSystem("GSE")
                .fillValue(FIELD_FILL)
                .build(), BX_GSE, BY_GSE, BZ_GSE);
    }

    Variable speed() {
        return variable("V", Metadata.builder().units("km/s").label("V").fillValue(SPEED_FILL).build(), SPEED);
    }

    /** The speed without the records of {@code gap}: a data gap, as a download with a hole leaves. */
    Variable speedWithGap(TimeRange gap) {
        Variable v = speed();
        return FragmentMerger.merge(List.of(v.slice(new TimeRange(Long.MIN_VALUE, gap.start())),
                v.slice(new TimeRange(gap.stop(), Long.MAX_VALUE))));
    }

    Variable density() {
        return variable("N", Metadata.builder().units("cm^-3").label("Np").fillValue(FIELD_FILL).build(), DENSITY);
    }
}
