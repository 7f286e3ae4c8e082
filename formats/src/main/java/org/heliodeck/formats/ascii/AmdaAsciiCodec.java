package org.heliodeck.formats.ascii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.model.Axis;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Values;
import org.heliodeck.formats.DataCodec;
import org.heliodeck.formats.DataSet;

/**
 * The {@code amda-ascii} codec: what AMDA's {@code getParameter} web service returns with
 * {@code outputFormat=ASCII}. The {@link AmdaHeader} describes each parameter (units, components,
 * fill, coordinate system, energy tables) and lists the data columns, {@code name[i]} for element
 * {@code i}; rows hold the time, as seconds since 1970 or ISO 8601, then the values, blank-separated.
 * A parameter with a table becomes a spectrogram whose constant axis has the table's bins: centres
 * given by the table, or else the middle of each bin's bounds, with the bounds kept as ranges.
 */
public final class AmdaAsciiCodec implements DataCodec {

    private static final Pattern COLUMN = Pattern.compile("(.*?)(?:\\[(\\d+)])?");
    private static final String DERIVED_PRODUCT = "amda-derived";

    @Override
    public String name() {
        return "amda-ascii";
    }

    @Override
    public String description() {
        return "AMDA getParameter ASCII output (# header with parameter metadata, then time and values)";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    /** By the {@code AMDA} banner that opens the header. */
    @Override
    public boolean recognises(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.startsWith("#") && (text.contains("# AMDA_ABOUT :") || text.contains("# AMDA_VERSION :"));
    }

    @Override
    public DataSet read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String source = file.getFileName().toString();
        AmdaHeader header = AmdaHeader.parse(new TextLines(content, List.of()));
        if (header.dataColumns().size() < 2) {
            throw new DataFormatException(source, "header", "no DATA_COLUMNS line naming the time and value columns");
        }
        List<ColumnVariable> variables = new ArrayList<>();
        String product = DERIVED_PRODUCT;
        List<String> columns = header.dataColumns();
        for (int c = 1; c < columns.size(); ) {
            String name = baseName(columns.get(c));
            int count = 1;
            while (c + count < columns.size() && baseName(columns.get(c + count)).equals(name)) {
                count++;
            }
            Optional<AmdaHeader.Parameter> parameter = header.parameter(name);
            if (c == 1 && parameter.isPresent() && !parameter.get().dataset().isEmpty()) {
                product = parameter.get().dataset();
            }
            variables.add(variable(source, name, c, count, parameter));
            c += count;
        }
        TextLayout layout = TextLayout.of(Delimiter.WHITESPACE, timeColumns(header, content), variables)
                .withCommentPrefixes("#")
                .withFieldCount(columns.size());
        return new DataSet(product, new TextTableReader(layout).read(source, content, product), header.attributes());
    }

    private static ColumnVariable variable(String source, String name, int first, int count,
            Optional<AmdaHeader.Parameter> parameter) {
        Metadata.Builder metadata = Metadata.builder().label(name);
        List<Axis> axes = List.of();
        if (parameter.isPresent()) {
            AmdaHeader.Parameter p = parameter.get();
            p.get("PARAMETER_UNITS").filter(u -> !u.equalsIgnoreCase("unspecified")).ifPresent(metadata::units);
            p.get("PARAMETER_SHORT_NAME").ifPresent(metadata::label);
            p.get("PARAMETER_COORDINATE_SYSTEM").ifPresent(metadata::coordinateSystem);
            p.get("PARAMETER_FILL_VALUE").map(f -> fill(source, name, f)).ifPresent(metadata::fillValue);
            p.get("PARAMETER_COMPONENTS").map(s -> Arrays.stream(s.split(",")).map(String::strip).toList())
                    .filter(labels -> labels.size() == count).ifPresent(metadata::componentLabels);
            p.get("PARAMETER_PROCESS_DESC").ifPresent(d -> metadata.attribute("PROCESS_DESC", d));
            Optional<Axis> table = table(source, p, count);
            if (table.isPresent()) {
                axes = List.of(table.get());
                metadata.displayType(DisplayType.SPECTROGRAM);
            }
        }
        List<Integer> columns = IntStream.range(first, first + count).boxed().toList();
        return new ColumnVariable(name, columns, metadata.build(), axes);
    }

    /** The bins of table 0, when the header gives them and they match the number of columns. */
    private static Optional<Axis> table(String source, AmdaHeader.Parameter p, int count) {
        Optional<String> tableName = p.get("PARAMETER_TABLE[0]");
        if (tableName.isEmpty()) {
            return Optional.empty();
        }
        String units = p.get("PARAMETER_TABLE_UNITS[0]").orElse("");
        Optional<double[]> centres = p.get("PARAMETER_TABLE_CENTER_VALUES[0]").map(s -> numbers(source, p, s));
        Optional<double[]> lower = p.get("PARAMETER_TABLE_MIN_VALUES[0]").map(s -> numbers(source, p, s));
        Optional<double[]> upper = p.get("PARAMETER_TABLE_MAX_VALUES[0]").map(s -> numbers(source, p, s));
        boolean bounded = lower.isPresent() && upper.isPresent() && lower.get().length == count && upper.get().length == count;
        double[] mids;
        if (centres.isPresent() && centres.get().length == count) {
            mids = centres.get();
        } else if (bounded) {
            mids = new double[count];
            for (int i = 0; i < count; i++) {
                mids[i] = (lower.get()[i] + upper.get()[i]) / 2;
            }
        } else {
            return Optional.empty();
        }
        Axis axis = Axis.constant(tableName.get(), units, tableName.get(), scaleOf(mids), mids);
        return Optional.of(bounded ? axis.withRanges(Values.of(lower.get(), count), Values.of(upper.get(), count)) : axis);
    }

    /** Logarithmic for positive bins whose spacing widens (the widest gap 3 or more times the narrowest), as energies do. */
    private static ScaleType scaleOf(double[] bins) {
        if (bins.length < 3 || Arrays.stream(bins).anyMatch(b -> !(b > 0))) {
            return ScaleType.LINEAR;
        }
        double narrowest = Double.POSITIVE_INFINITY;
        double widest = 0;
        for (int i = 1; i < bins.length; i++) {
            double gap = Math.abs(bins[i] - bins[i - 1]);
            narrowest = Math.min(narrowest, gap);
            widest = Math.max(widest, gap);
        }
        return widest >= 3 * narrowest ? ScaleType.LOG : ScaleType.LINEAR;
    }

    private static double[] numbers(String source, AmdaHeader.Parameter p, String list) {
        try {
            return Arrays.stream(list.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, "header", "the table of parameter '" + p.id() + "' holds a non-number: "
                    + list);
        }
    }

    private static double fill(String source, String name, String text) {
        try {
            return text.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, "header", "the fill value of '" + name + "' is not a number: " + text);
        }
    }

    /**
     * Seconds since 1970 or ISO 8601: as the header's {@code REQUEST_TIME_FORMAT} says, else as the
     * first data row shows (seconds, AMDA's default, when there is none).
     */
    private static TimeColumns timeColumns(AmdaHeader header, byte[] content) {
        String format = header.attributes().getOrDefault("REQUEST_TIME_FORMAT", "").toLowerCase(Locale.ROOT);
        if (format.contains("seconds from 1970")) {
            return new TimeColumns.UnixSeconds(0);
        }
        if (format.contains("iso")) {
            return new TimeColumns.Iso(0);
        }
        TextLines lines = new TextLines(content, List.of("#"));
        if (!lines.advanceToContent()) {
            return new TimeColumns.UnixSeconds(0);
        }
        FieldSplitter fields = new FieldSplitter(Delimiter.WHITESPACE);
        fields.split(content, lines.start(), lines.end());
        return fields.count() > 0 && fields.isNumber(0) ? new TimeColumns.UnixSeconds(0) : new TimeColumns.Iso(0);
    }

    private static String baseName(String column) {
        Matcher m = COLUMN.matcher(column);
        return m.matches() ? m.group(1) : column;
    }
}
