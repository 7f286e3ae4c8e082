package org.heliodeck.cdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.Tt2000;

/**
 * Writes {@link Variable}s as an ISTP-compliant CDF: a TIME_TT2000 "Epoch" variable per distinct
 * time axis, each data variable as REAL8 (REAL4 where the values are floats) with FIELDNAM, CATDESC,
 * UNITS, LABLAXIS, FILLVAL, VALIDMIN, VALIDMAX, DEPEND_0, DISPLAY_TYPE, SCALETYP, VAR_TYPE and FORMAT,
 * its component labels as a LABL_PTR_1 text variable, its bins as DEPEND_1..3 support variables.
 * Reading the file back with {@link IstpReader} gives the same variables.
 */
public final class IstpWriter {

    private static final double DEFAULT_FILL = -1.0e31;

    private final Compression gzip;

    /** @param gzip compress every variable's records with GZIP */
    public IstpWriter(boolean gzip) {
        this.gzip = gzip ? Compression.GZIP : null;
    }

    /** Writes the variables, with the global attributes given (Project, Logical_source, … as the caller knows them). */
    public void write(List<Variable> variables, Map<String, String> globalAttributes, Path file) throws IOException {
        CdfWriter writer = new CdfWriter();
        Map<String, String> globals = new LinkedHashMap<>(globalAttributes);
        if (!variables.isEmpty()) {
            globals.putIfAbsent("Logical_source", variables.getFirst().product());
        }
        globals.putIfAbsent("Generated_by", "Heliodeck");
        globals.forEach((k, v) -> writer.globalAttribute(k, CdfEntry.of(v)));
        List<long[]> epochs = new ArrayList<>();
        List<String> epochNames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Variable v : variables) {
            if (names.contains(v.name())) {
                throw new IllegalArgumentException("two variables are named " + v.name() + ": CDF names must be unique");
            }
            names.add(v.name());
        }
        for (Variable v : variables) {
            long[] times = times(v);
            int known = indexOf(epochs, times);
            if (known < 0) {
                known = epochs.size();
                epochs.add(times);
                String name = known == 0 ? "Epoch" : "Epoch_" + known;
                epochNames.add(name);
                writer.variable(name, CdfDataType.TIME_TT2000, 1, new int[0], true, times.length, times, gzip, timeAttributes(name, times));
            }
            dataVariable(writer, v, epochNames.get(known));
        }
        writer.write(file);
    }

    private static long[] times(Variable v) {
        long[] out = new long[v.records()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.time().get(i);
        }
        return out;
    }

    private static int indexOf(List<long[]> epochs, long[] times) {
        for (int i = 0; i < epochs.size(); i++) {
            if (Arrays.equals(epochs.get(i), times)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, CdfEntry> timeAttributes(String name, long[] times) {
        Map<String, CdfEntry> a = new LinkedHashMap<>();
        a.put("FIELDNAM", CdfEntry.of(name));
        a.put("CATDESC", CdfEntry.of("Time (TT2000) of each record"));
        a.put("UNITS", CdfEntry.of("ns"));
        a.put("VAR_TYPE", CdfEntry.of("support_data"));
        a.put("FILLVAL", CdfEntry.of(CdfDataType.TIME_TT2000, Tt2000.FILL));
        a.put("VALIDMIN", CdfEntry.of(CdfDataType.TIME_TT2000, Tt2000.parse("1960-01-01")));
        a.put("VALIDMAX", CdfEntry.of(CdfDataType.TIME_TT2000, Tt2000.parse("2100-01-01")));
        a.put("LABLAXIS", CdfEntry.of("Epoch"));
        a.put("MONOTON", CdfEntry.of("INCREASE"));
        a.put("TIME_BASE", CdfEntry.of("J2000"));
        a.put("TIME_SCALE", CdfEntry.of("Terrestrial Time"));
        return a;
    }

    private void dataVariable(CdfWriter writer, Variable v, String epoch) {
        Values values = v.values();
        int[] shape = values.shape();
        int records = v.records();
        int per = values.recordSize();
        Metadata m = v.metadata();
        double fill = Double.isNaN(m.fillValue()) ? DEFAULT_FILL : m.fillValue();
        boolean floats = values.isSinglePrecision();
        Object data;
        CdfDataType type = floats ? CdfDataType.REAL4 : CdfDataType.REAL8;
        if (floats) {
            float[] f = new float[records * per];
            for (int r = 0; r < records; r++) {
                for (int k = 0; k < per; k++) {
                    double x = values.get(r, k);
                    f[r * per + k] = (float) (Double.isNaN(x) ? fill : x);
                }
            }
            data = f;
        } else {
            double[] d = new double[records * per];
            for (int r = 0; r < records; r++) {
                for (int k = 0; k < per; k++) {
                    double x = values.get(r, k);
                    d[r * per + k] = Double.isNaN(x) ? fill : x;
                }
            }
            data = d;
        }
        Map<String, CdfEntry> a = new LinkedHashMap<>();
        a.put("FIELDNAM", CdfEntry.of(v.name()));
        a.put("CATDESC", CdfEntry.of(m.attributes().getOrDefault("CATDESC", m.label().isEmpty() ? v.name() : m.label())));
        a.put("UNITS", CdfEntry.of(m.units().isEmpty() ? " " : m.units()));
        a.put("LABLAXIS", CdfEntry.of(m.label().isEmpty() ? v.name() : m.label()));
        a.put("DEPEND_0", CdfEntry.of(epoch));
        a.put("VAR_TYPE", CdfEntry.of("data"));
        a.put("DISPLAY_TYPE", CdfEntry.of(m.displayType() == DisplayType.SPECTROGRAM ? "spectrogram" : "time_series"));
        a.put("SCALETYP", CdfEntry.of(m.scaleType() == ScaleType.LOG ? "log" : "linear"));
        a.put("FORMAT", CdfEntry.of("E13.5"));
        a.put("FILLVAL", CdfEntry.of(type, fill));
        a.put("VALIDMIN", CdfEntry.of(type, Double.isInfinite(m.validMin()) ? -1e30 : m.validMin()));
        a.put("VALIDMAX", CdfEntry.of(type, Double.isInfinite(m.validMax()) ? 1e30 : m.validMax()));
        if (!m.coordinateSystem().isEmpty()) {
            a.put("COORDINATE_SYSTEM", CdfEntry.of(m.coordinateSystem()));
        }
        if (shape.length == 1 && m.componentLabels().size() == shape[0]) {
            String labels = "label_" + v.name();
            a.put("LABL_PTR_1", CdfEntry.of(labels));
            textVariable(writer, labels, m.componentLabels());
        }
        for (int d = 0; d < v.axes().size() && d < 3; d++) {
            Axis axis = v.axes().get(d);
            if (axis.name().equals("index")) {
                continue;
            }
            String name = v.name() + "_" + axis.name();
            a.put("DEPEND_" + (d + 1), CdfEntry.of(name));
            axisVariable(writer, name, axis, records);
        }
        writer.variable(v.name(), type, 1, shape, true, records, data, gzip, a);
    }

    private void textVariable(CdfWriter writer, String name, List<String> texts) {
        int width = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).max().orElse(1);
        byte[] bytes = new byte[width * texts.size()];
        Arrays.fill(bytes, (byte) ' ');
        for (int i = 0; i < texts.size(); i++) {
            byte[] t = texts.get(i).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(t, 0, bytes, i * width, t.length);
        }
        writer.variable(name, CdfDataType.CHAR, Math.max(width, 1), new int[] {texts.size()}, false, 1, bytes, null,
                Map.of("FIELDNAM", CdfEntry.of(name), "VAR_TYPE", CdfEntry.of("metadata")));
    }

    private void axisVariable(CdfWriter writer, String name, Axis axis, int records) {
        int size = axis.size();
        int rows = axis.timeVarying() ? records : 1;
        double[] centres = new double[rows * size];
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < size; b++) {
                centres[r * size + b] = axis.centre(r, b);
            }
        }
        Map<String, CdfEntry> a = new LinkedHashMap<>();
        a.put("FIELDNAM", CdfEntry.of(axis.name()));
        a.put("UNITS", CdfEntry.of(axis.units().isEmpty() ? " " : axis.units()));
        a.put("LABLAXIS", CdfEntry.of(axis.label().isEmpty() ? axis.name() : axis.label()));
        a.put("VAR_TYPE", CdfEntry.of("support_data"));
        a.put("SCALETYP", CdfEntry.of(axis.scale().name().toLowerCase(Locale.ROOT)));
        writer.variable(name, CdfDataType.REAL8, 1, new int[] {size}, axis.timeVarying(), rows, centres, gzip, a);
    }
}
