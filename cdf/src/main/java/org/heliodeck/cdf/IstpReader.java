package org.heliodeck.cdf;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;

/**
 * Reads CDF variables as {@link Variable}s following the ISTP conventions: DEPEND_0 gives the times,
 * DEPEND_1..3 the bins, LABL_PTR_1 the component labels, FILLVAL/VALIDMIN/VALIDMAX what reads as
 * NaN, and UNITS, LABLAXIS, FIELDNAM, DISPLAY_TYPE, SCALETYP, COORDINATE_SYSTEM the rest.
 *
 * <p>Real files break these rules often. A missing or mistyped attribute is passed over with a
 * warning (sent to the given consumer), never an exception; only a variable that cannot be placed in
 * time at all is refused.
 */
public final class IstpReader {

    private static final System.Logger LOG = System.getLogger(IstpReader.class.getName());

    private final CdfFile file;
    private final Consumer<String> warnings;

    public IstpReader(CdfFile file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** A reader that logs its warnings. */
    public IstpReader(CdfFile file) {
        this(file, w -> LOG.log(Level.WARNING, w));
    }

    /** The product the file belongs to: its Logical_source, else its file name without extension. */
    public String product() {
        for (CdfAttribute a : file.globalAttributes()) {
            if (a.name().equalsIgnoreCase("Logical_source") && !a.entries().isEmpty() && a.entries().getFirst() != null
                    && a.entries().getFirst().isText()) {
                return a.entries().getFirst().text().strip();
            }
        }
        String name = java.nio.file.Path.of(file.source()).getFileName().toString();
        return name.endsWith(".cdf") ? name.substring(0, name.length() - 4) : name;
    }

    /** The variables meant for plotting: VAR_TYPE "data" with a DEPEND_0 (all with a DEPEND_0 when none says). */
    public List<CdfVariable> dataVariables() {
        List<CdfVariable> withTime = file.variables().stream()
                .filter(v -> !v.type().isText() && text(v, "DEPEND_0") != null).toList();
        List<CdfVariable> data = withTime.stream().filter(v -> "data".equalsIgnoreCase(text(v, "VAR_TYPE"))).toList();
        return data.isEmpty() ? withTime : data;
    }

    /** A whole variable. */
    public Variable read(String name) {
        return read(name, null);
    }

    /**
     * The records of a variable within {@code range} (all of them when null), found by binary search
     * on its times so that only those records are decoded.
     *
     * @throws IllegalArgumentException when the variable does not exist, is text, or has no usable time
     */
    public Variable read(String name, TimeRange range) {
        CdfVariable v = file.variable(name).orElseThrow(() -> new IllegalArgumentException(
                "no variable " + name + " in " + file.source()));
        if (v.type().isText()) {
            throw new IllegalArgumentException(name + " in " + file.source() + " holds text, not numbers");
        }
        String timeName = text(v, "DEPEND_0");
        CdfVariable timeVariable = timeName == null ? null : file.variable(timeName).orElse(null);
        if (timeVariable == null || !isTime(timeVariable.type())) {
            throw new IllegalArgumentException(name + " in " + file.source() + " has no time variable (DEPEND_0 "
                    + (timeName == null ? "missing" : "'" + timeName + "' is not a time variable") + ")");
        }
        long[] allTimes = times(timeVariable, 0, timeVariable.records());
        int records = Math.min(v.recordVarying() ? v.records() : allTimes.length, allTimes.length);
        if (v.recordVarying() && v.records() != allTimes.length) {
            warnings.accept(name + " has " + v.records() + " records but its DEPEND_0 " + timeName + " has "
                    + allTimes.length + ": the first " + records + " are used");
        }
        // Binary search needs times in order; files whose times are not (fill values, disorder) are read
        // whole and cut once Variable.of has sorted them.
        boolean ordered = isNonDecreasing(allTimes, records);
        int from = 0;
        int to = records;
        if (range != null && ordered) {
            from = lowerBound(allTimes, records, range.start());
            to = lowerBound(allTimes, records, range.stop());
        }
        long[] times = java.util.Arrays.copyOfRange(allTimes, from, to);
        Values values = v.recordVarying() ? values(v, from, to - from) : repeated(v, to - from);
        Metadata metadata = metadata(v);
        List<Axis> axes = axes(v, from, to - from);
        Variable variable = Variable.of(product(), name, times, values, axes, metadata);
        return range != null && !ordered ? variable.slice(range) : variable;
    }

    private static boolean isNonDecreasing(long[] times, int n) {
        for (int i = 1; i < n; i++) {
            if (times[i] < times[i - 1]) {
                return false;
            }
        }
        return n == 0 || times[0] != Tt2000.FILL;
    }

    private static int lowerBound(long[] times, int n, long t) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isTime(CdfDataType type) {
        return type == CdfDataType.TIME_TT2000 || type == CdfDataType.EPOCH || type == CdfDataType.EPOCH16;
    }

    /** TT2000 of records of a time variable; fill and pad times become Long.MIN_VALUE (dropped later). */
    private long[] times(CdfVariable time, int from, int count) {
        CdfData data = file.read(time, from, count);
        long[] out = new long[count];
        switch (time.type()) {
            case TIME_TT2000 -> {
                long[] raw = (long[]) data.array();
                for (int i = 0; i < count; i++) {
                    out[i] = raw[i] == Tt2000.PAD ? Tt2000.FILL : raw[i];
                }
            }
            case EPOCH -> {
                for (int i = 0; i < count; i++) {
                    out[i] = epochOrFill(data.number(i));
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    out[i] = epoch16OrFill(data.number(2 * i), data.number(2 * i + 1));
                }
            }
        }
        return out;
    }

    private static long epochOrFill(double epoch) {
        // EPOCH fill is -1e31, pad 0: neither is an instant of the TT2000 range.
        return epoch <= 0 || epoch > 3.2e14 ? Tt2000.FILL : safe(() -> Tt2000.fromCdfEpoch(epoch));
    }

    private static long epoch16OrFill(double seconds, double picoseconds) {
        return seconds <= 0 || seconds > 3.2e11 ? Tt2000.FILL : safe(() -> Tt2000.fromEpoch16(seconds, picoseconds));
    }

    /** A conversion of a time the file holds; one outside the TT2000 range reads as fill. */
    private static long safe(java.util.function.LongSupplier conversion) {
        try {
            return conversion.getAsLong();
        } catch (IllegalArgumentException e) {
            return Tt2000.FILL;
        }
    }

    private Values values(CdfVariable v, int from, int count) {
        CdfData data = file.read(v, from, count);
        int[] shape = v.dims();
        if (data.array() instanceof float[] floats) {
            return Values.of(floats, shape);
        }
        if (data.array() instanceof double[] doubles && v.type() != CdfDataType.EPOCH16) {
            return Values.of(doubles, shape);
        }
        return Values.of(data.toDoubles(), v.type() == CdfDataType.EPOCH16 ? append(shape, 2) : shape);
    }

    /** A non-record-varying variable on a time axis: its one record repeated. */
    private Values repeated(CdfVariable v, int count) {
        double[] one = file.read(v, 0, Math.min(1, v.records())).toDoubles();
        double[] out = new double[one.length * count];
        for (int r = 0; r < count; r++) {
            System.arraycopy(one, 0, out, r * one.length, one.length);
        }
        return Values.of(out, v.dims());
    }

    private static int[] append(int[] shape, int last) {
        int[] out = java.util.Arrays.copyOf(shape, shape.length + 1);
        out[shape.length] = last;
        return out;
    }

    private Metadata metadata(CdfVariable v) {
        Metadata.Builder b = Metadata.builder();
        String units = text(v, "UNITS");
        b.units(units == null ? "" : units.strip());
        String label = text(v, "LABLAXIS");
        if (label == null) {
            label = text(v, "FIELDNAM");
        }
        b.label(label == null ? v.name() : label.strip());
        double fill = number(v, "FILLVAL", false);
        if (!Double.isNaN(fill)) {
            b.fillValue(fill);
        }
        double min = number(v, "VALIDMIN", false);
        double max = number(v, "VALIDMAX", true);
        if (!Double.isNaN(min) && !Double.isNaN(max)) {
            if (min <= max) {
                b.validRange(min, max);
            } else {
                warnings.accept(v.name() + ": VALIDMIN " + min + " > VALIDMAX " + max + ": valid range ignored");
            }
        }
        String display = text(v, "DISPLAY_TYPE");
        b.displayType(display != null && display.toLowerCase(Locale.ROOT).startsWith("spectrogram")
                ? DisplayType.SPECTROGRAM : DisplayType.TIME_SERIES);
        b.scaleType(scale(text(v, "SCALETYP")));
        String frame = text(v, "COORDINATE_SYSTEM");
        b.coordinateSystem(frame == null ? "" : frame.strip());
        List<String> labels = labels(v);
        if (!labels.isEmpty()) {
            b.componentLabels(labels);
        }
        Map<String, String> rest = new LinkedHashMap<>();
        for (Map.Entry<String, CdfEntry> e : v.attributes().entrySet()) {
            rest.put(e.getKey(), e.getValue().isText() ? e.getValue().text() : e.getValue().toString());
        }
        b.attributes(rest);
        return b.build();
    }

    private static ScaleType scale(String scaleType) {
        return scaleType != null && scaleType.strip().toLowerCase(Locale.ROOT).startsWith("log") ? ScaleType.LOG : ScaleType.LINEAR;
    }

    /** Component labels from LABL_PTR_1 (a text variable with one label per component), when they fit. */
    private List<String> labels(CdfVariable v) {
        String pointer = text(v, "LABL_PTR_1");
        if (pointer == null || v.dims().length != 1) {
            return List.of();
        }
        CdfVariable labels = file.variable(pointer.strip()).orElse(null);
        if (labels == null || !labels.type().isText() || labels.records() == 0) {
            warnings.accept(v.name() + ": LABL_PTR_1 '" + pointer + "' is not a text variable of this file: labels ignored");
            return List.of();
        }
        CdfData data = file.read(labels, 0, 1);
        if (labels.valuesPerRecord() != v.dims()[0]) {
            warnings.accept(v.name() + ": LABL_PTR_1 " + pointer + " has " + labels.valuesPerRecord() + " labels for "
                    + v.dims()[0] + " components: labels ignored");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.valuesPerRecord(); i++) {
            out.add(data.text(0, i).strip());
        }
        return out;
    }

    /** One axis per record dimension, from DEPEND_1..3; an index axis where none is usable. */
    private List<Axis> axes(CdfVariable v, int from, int count) {
        int[] dims = v.dims();
        if (dims.length == 0 || v.type() == CdfDataType.EPOCH16) {
            return List.of();
        }
        List<Axis> axes = new ArrayList<>();
        boolean any = false;
        for (int d = 0; d < dims.length; d++) {
            Axis axis = axis(v, d + 1, dims[d], from, count);
            any |= axis != null;
            axes.add(axis != null ? axis : index(dims[d]));
        }
        return any ? axes : List.of();
    }

    private Axis axis(CdfVariable v, int dimension, int size, int from, int count) {
        String name = text(v, "DEPEND_" + dimension);
        if (name == null) {
            return null;
        }
        CdfVariable bins = file.variable(name.strip()).orElse(null);
        if (bins == null || bins.type().isText()) {
            // DEPEND_i pointing at labels is a common mistake; the labels come through LABL_PTR_i.
            return null;
        }
        if (bins.valuesPerRecord() != size) {
            warnings.accept(v.name() + ": DEPEND_" + dimension + " " + name + " has " + bins.valuesPerRecord()
                    + " values for a dimension of " + size + ": bins ignored");
            return null;
        }
        String units = text(bins, "UNITS");
        String label = text(bins, "LABLAXIS");
        ScaleType scale = scale(text(bins, "SCALETYP"));
        if (!bins.recordVarying() || bins.records() == 1) {
            return Axis.constant(bins.name(), units == null ? "" : units.strip(), label == null ? bins.name() : label.strip(),
                    scale, file.read(bins, 0, 1).toDoubles());
        }
        if (bins.records() < from + count) {
            warnings.accept(v.name() + ": DEPEND_" + dimension + " " + name + " has fewer records than the variable: bins ignored");
            return null;
        }
        return Axis.timeVarying(bins.name(), units == null ? "" : units.strip(), label == null ? bins.name() : label.strip(),
                scale, Values.of(file.read(bins, from, count).toDoubles(), size));
    }

    private static Axis index(int size) {
        double[] centres = new double[size];
        for (int i = 0; i < size; i++) {
            centres[i] = i;
        }
        return Axis.constant("index", "", "index", ScaleType.LINEAR, centres);
    }

    private String text(CdfVariable v, String attribute) {
        CdfEntry e = v.attribute(attribute);
        if (e == null) {
            return null;
        }
        if (!e.isText()) {
            warnings.accept(v.name() + ": " + attribute + " should be text but is " + e.type() + ": ignored");
            return null;
        }
        return e.text().isBlank() ? null : e.text();
    }

    /** A numeric attribute: its smallest value, or its largest when {@code largest}; NaN when absent or not a number. */
    private double number(CdfVariable v, String attribute, boolean largest) {
        CdfEntry e = v.attribute(attribute);
        if (e == null) {
            return Double.NaN;
        }
        if (e.isText()) {
            try {
                return Double.parseDouble(e.text().strip());
            } catch (NumberFormatException ex) {
                warnings.accept(v.name() + ": " + attribute + " '" + e.text() + "' is not a number: ignored");
                return Double.NaN;
            }
        }
        if (e.count() == 0 || isTime(e.type())) {
            return Double.NaN;
        }
        double out = e.number(0);
        for (int i = 1; i < e.count(); i++) {
            out = largest ? Math.max(out, e.number(i)) : Math.min(out, e.number(i));
        }
        return out;
    }
}
