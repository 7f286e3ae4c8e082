package org.heliodeck.formats.hapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.formats.DataSet;

/**
 * Between HAPI tables and {@link DataSet}s.
 *
 * <p>To a data set: a {@link Variable} per numeric parameter, with the record shape of its
 * {@code size}; {@code bins} become {@link Axis axes}, constant or time-varying (when
 * {@code centers} names another parameter, whose records become the bins, fill read as NaN);
 * {@code fill} becomes the metadata's fill value (NaN in the samples). Units given per element keep
 * the first in the metadata and the whole list in the attribute {@value #UNITS}. Each variable keeps
 * its parameter's JSON in the attribute {@value #PARAMETER}, and the data set the info's in
 * {@value #INFO}, so that writing back restores what was read. String parameters are not
 * variables: they stay in the {@link HapiTable}.
 *
 * <p>From a data set: the variables must share their times, as HAPI records do. A variable with its
 * parameter's JSON is written as it was described; any other as a {@code double} parameter made from
 * its metadata, its time-varying axes written as extra parameters.
 */
public final class HapiDataSetMapping {

    /** Variable attribute: the HAPI parameter, as JSON. */
    public static final String PARAMETER = "hapi.parameter";
    /** Variable attribute: the units of every element, as a JSON array, where they differ. */
    public static final String UNITS = "hapi.units";
    /** Data set attribute: the HAPI info, as JSON. */
    public static final String INFO = "hapi.info";

    private HapiDataSetMapping() {}

    /**
     * The numeric parameters of {@code table} as variables of {@code product}.
     *
     * @throws DataFormatException when the table's info is not one a reader would accept
     */
    public static DataSet toDataSet(HapiTable table, String product) {
        // Tables read from streams are checked already; this refuses tables built with broken infos.
        HapiLayout.of(table.info(), product, "info");
        Map<String, NumericColumn> numeric = new LinkedHashMap<>();
        for (HapiColumn column : table.columns()) {
            if (column instanceof NumericColumn numbers) {
                numeric.put(numbers.parameter().name(), numbers);
            }
        }
        long[] times = table.timesArray().clone();
        List<Variable> variables = new ArrayList<>();
        for (NumericColumn column : numeric.values()) {
            HapiParameter parameter = column.parameter();
            Values values = Values.of(copy(column.values(), Double.NaN), parameter.shape());
            List<Axis> axes = axes(parameter, numeric);
            variables.add(Variable.of(product, parameter.name(), times, values, axes, metadata(parameter, axes)));
        }
        return new DataSet(product, variables, attributes(table.info()));
    }

    /**
     * The variables of {@code data} as one table.
     *
     * @throws IllegalArgumentException when the data set has no variables or they have different times
     */
    public static HapiTable toTable(DataSet data) {
        List<Variable> variables = data.variables();
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("data set '" + data.product() + "' has no variables to write as HAPI");
        }
        Variable first = variables.getFirst();
        for (Variable v : variables) {
            if (!v.time().equals(first.time())) {
                throw new IllegalArgumentException("variables '" + first.name() + "' and '" + v.name()
                        + "' have different times; HAPI records share one time: resample them onto one first");
            }
        }
        HapiInfo base = Optional.ofNullable(data.attributes().get(INFO))
                .flatMap(json -> parsedOrEmpty(() -> HapiInfoJson.parse(json, data.product(), INFO)))
                .orElse(HapiInfo.of(List.of()));
        List<HapiParameter> parameters = new ArrayList<>();
        parameters.add(base.parameters().stream().findFirst()
                .filter(p -> p.knownType().equals(Optional.of(HapiType.ISOTIME)))
                .orElse(HapiParameter.of("Time", HapiType.ISOTIME, "UTC", Optional.empty())));
        Set<String> names = new HashSet<>();
        variables.forEach(v -> names.add(v.name()));
        List<HapiColumn> columns = new ArrayList<>();
        for (Variable v : variables) {
            HapiParameter parameter = declared(v, names).orElseGet(() -> described(v, names, columns));
            columns.add(new NumericColumn(parameter, v.values()));
        }
        columns.forEach(c -> parameters.add(c.parameter()));
        return new HapiTable(base.withParameters(parameters), first.time().toArray(), columns);
    }

    private static List<Axis> axes(HapiParameter parameter, Map<String, NumericColumn> numeric) {
        List<Axis> axes = new ArrayList<>();
        int[] shape = parameter.shape();
        for (int d = 0; d < parameter.bins().size(); d++) {
            HapiBins bins = parameter.bins().get(d);
            int n = shape[d];
            Optional<Values[]> ranges = bins.ranges().map(r -> rangesOf(r, n, numeric));
            Optional<Values> centres = bins.centers().map(c -> centresOf(c, n, numeric))
                    .or(() -> ranges.map(r -> midpoints(r[0], r[1], n)));
            if (centres.isEmpty()) {
                // A dimension with neither centres nor ranges has no axis; a variable has axes for all or none.
                return List.of();
            }
            boolean timeVarying = isReference(bins.centers()) || bins.centers().isEmpty() && isReference(bins.ranges());
            Axis axis = new Axis(bins.name(), bins.units().orElse(""), bins.label().orElse(bins.name()),
                    ScaleType.LINEAR, timeVarying, centres.get(), Optional.empty());
            if (ranges.isPresent()) {
                Values[] r = ranges.get();
                if (r[0].records() == centres.get().records()) {
                    axis = axis.withRanges(r[0], r[1]);
                }
            }
            axes.add(axis);
        }
        return axes;
    }

    private static boolean isReference(Optional<HapiBins.BinValues> values) {
        return values.isPresent() && values.get() instanceof HapiBins.Reference;
    }

    private static Values centresOf(HapiBins.BinValues values, int n, Map<String, NumericColumn> numeric) {
        return switch (values) {
            case HapiBins.Constant(List<Double> numbers) -> Values.of(unboxed(numbers), n);
            case HapiBins.Reference(String name) -> {
                NumericColumn column = numeric.get(name);
                yield Values.of(copy(column.values(), fillOf(column.parameter())), n);
            }
        };
    }

    /** Lower and upper bounds, each shaped as the centres. */
    private static Values[] rangesOf(HapiBins.BinValues values, int n, Map<String, NumericColumn> numeric) {
        double[] pairs = switch (values) {
            case HapiBins.Constant(List<Double> numbers) -> unboxed(numbers);
            case HapiBins.Reference(String name) -> {
                NumericColumn column = numeric.get(name);
                yield copy(column.values(), fillOf(column.parameter()));
            }
        };
        double[] lower = new double[pairs.length / 2];
        double[] upper = new double[pairs.length / 2];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = pairs[2 * i];
            upper[i] = pairs[2 * i + 1];
        }
        return new Values[] {Values.of(lower, n), Values.of(upper, n)};
    }

    private static Values midpoints(Values lower, Values upper, int n) {
        double[] mid = new double[lower.records() * n];
        for (int r = 0; r < lower.records(); r++) {
            for (int i = 0; i < n; i++) {
                mid[r * n + i] = (lower.get(r, i) + upper.get(r, i)) / 2;
            }
        }
        return Values.of(mid, n);
    }

    private static Metadata metadata(HapiParameter parameter, List<Axis> axes) {
        Metadata.Builder metadata = Metadata.builder()
                .fillValue(fillOf(parameter))
                .label(parameter.label().size() == 1 ? parameter.label().getFirst() : parameter.name())
                .displayType(axes.size() == 1 ? DisplayType.SPECTROGRAM : DisplayType.TIME_SERIES)
                .attribute(PARAMETER, HapiInfoJson.toJson(parameter));
        List<String> units = parameter.units();
        if (!units.isEmpty()) {
            metadata.units(units.getFirst());
            if (units.stream().distinct().count() > 1) {
                metadata.attribute(UNITS, jsonArray(units));
            }
        }
        int elements = parameter.shape().length == 0 ? 1 : parameter.size().stream().reduce(1, Math::multiplyExact);
        if (parameter.label().size() > 1 && parameter.label().size() == elements) {
            metadata.componentLabels(parameter.label());
        }
        parameter.description().ifPresent(d -> metadata.attribute("description", d));
        Optional.ofNullable(parameter.extras().get("coordinateSystemName")).flatMap(HapiInfoJson::scalarText)
                .ifPresent(metadata::coordinateSystem);
        return metadata.build();
    }

    private static Map<String, String> attributes(HapiInfo info) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("HAPI", info.version());
        info.startDate().ifPresent(d -> attributes.put("startDate", d));
        info.stopDate().ifPresent(d -> attributes.put("stopDate", d));
        for (String name : info.extras().keySet()) {
            info.text(name).ifPresent(text -> attributes.put(name, text));
        }
        attributes.put(INFO, HapiInfoJson.toCompactJson(info));
        return attributes;
    }

    /** The parameter a variable read from HAPI carries, when it still describes the variable. */
    private static Optional<HapiParameter> declared(Variable v, Set<String> names) {
        return Optional.ofNullable(v.metadata().attributes().get(PARAMETER))
                .flatMap(json -> parsedOrEmpty(() -> HapiInfoJson.parseParameter(json, v.name(), PARAMETER)))
                .filter(p -> p.name().equals(v.name())
                        && Arrays.equals(p.shape(), v.values().shape())
                        && p.knownType().filter(HapiType::numeric).isPresent()
                        && (p.knownType().get() == HapiType.DOUBLE || integral(v.values()))
                        && p.bins().stream().allMatch(b -> referencesIn(b, names)));
    }

    /** A parameter made from the variable's metadata; its time-varying axes are added to {@code columns}. */
    private static HapiParameter described(Variable v, Set<String> names, List<HapiColumn> columns) {
        Metadata m = v.metadata();
        Optional<String> fill = Double.isNaN(m.fillValue())
                ? Optional.empty()
                : Optional.of(Double.toString(m.fillValue()));
        HapiParameter parameter = HapiParameter.of(v.name(), HapiType.DOUBLE, m.units(), fill, v.values().shape());
        if (!m.componentLabels().isEmpty() && m.componentLabels().size() == v.values().recordSize()) {
            parameter = parameter.withLabel(m.componentLabels());
        } else if (!m.label().isEmpty()) {
            parameter = parameter.withLabel(List.of(m.label()));
        }
        parameter = parameter.withDescription(Optional.ofNullable(m.attributes().get("description")));
        List<HapiBins> bins = new ArrayList<>();
        for (Axis axis : v.axes()) {
            bins.add(axis.timeVarying() ? timeVaryingBins(v, axis, names, columns) : constantBins(axis));
        }
        return parameter.withBins(bins);
    }

    private static HapiBins constantBins(Axis axis) {
        double[] centres = copy(axis.centres(), Double.NaN);
        Optional<double[][]> ranges = axis.ranges()
                .map(r -> new double[][] {copy(r.lower(), Double.NaN), copy(r.upper(), Double.NaN)});
        return HapiBins.constant(axis.name(), axis.units(), centres, ranges)
                .withLabel(Optional.of(axis.label()).filter(label -> !label.equals(axis.name())));
    }

    private static HapiBins timeVaryingBins(Variable v, Axis axis, Set<String> names, List<HapiColumn> columns) {
        int n = axis.size();
        String centresName = unique(v.name() + "_" + axis.name() + "_centers", names);
        columns.add(new NumericColumn(HapiParameter.of(centresName, HapiType.DOUBLE, axis.units(), Optional.empty(), n),
                axis.centres()));
        Optional<String> rangesName = axis.ranges().map(r -> {
            String name = unique(v.name() + "_" + axis.name() + "_ranges", names);
            double[] pairs = new double[r.lower().records() * n * 2];
            for (int row = 0; row < r.lower().records(); row++) {
                for (int i = 0; i < n; i++) {
                    pairs[(row * n + i) * 2] = r.lower().get(row, i);
                    pairs[(row * n + i) * 2 + 1] = r.upper().get(row, i);
                }
            }
            columns.add(new NumericColumn(HapiParameter.of(name, HapiType.DOUBLE, axis.units(), Optional.empty(), n, 2),
                    Values.of(pairs, n, 2)));
            return name;
        });
        return HapiBins.timeVarying(axis.name(), axis.units(), centresName, rangesName);
    }

    private static String unique(String wanted, Set<String> names) {
        String name = wanted;
        for (int i = 2; !names.add(name); i++) {
            name = wanted + "_" + i;
        }
        return name;
    }

    private static boolean referencesIn(HapiBins bins, Set<String> names) {
        return Stream.concat(bins.centers().stream(), bins.ranges().stream())
                .allMatch(values -> !(values instanceof HapiBins.Reference(String name)) || names.contains(name));
    }

    private static boolean integral(Values values) {
        for (int r = 0; r < values.records(); r++) {
            for (int e = 0; e < values.recordSize(); e++) {
                double v = values.get(r, e);
                if (!Double.isNaN(v) && v != Math.rint(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double fillOf(HapiParameter parameter) {
        return parameter.fill().map(Double::parseDouble).orElse(Double.NaN);
    }

    /** The samples, record-major, with {@code fill} replaced by NaN (nothing replaced for a NaN fill). */
    private static double[] copy(Values values, double fill) {
        int size = values.recordSize();
        double[] out = new double[values.records() * size];
        for (int r = 0; r < values.records(); r++) {
            for (int e = 0; e < size; e++) {
                double v = values.get(r, e);
                out[r * size + e] = v == fill ? Double.NaN : v;
            }
        }
        return out;
    }

    private static double[] unboxed(List<Double> numbers) {
        double[] out = new double[numbers.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = numbers.get(i);
        }
        return out;
    }

    private static String jsonArray(List<String> texts) {
        try {
            return HapiInfoJson.MAPPER.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static <T> Optional<T> parsedOrEmpty(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DataFormatException e) {
            return Optional.empty();
        }
    }
}
