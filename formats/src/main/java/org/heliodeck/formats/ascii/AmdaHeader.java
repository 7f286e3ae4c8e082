package org.heliodeck.formats.ascii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code #} header of an AMDA {@code getParameter} ASCII file: {@code KEY : value} lines,
 * indented by nesting (mission, instrument, dataset, parameter), ending with {@code DATA_COLUMNS}.
 * Each {@code PARAMETER_ID} opens a parameter description, which collects the {@code PARAMETER_…}
 * lines after it and remembers the {@code DATASET_ID} it sits under (none for derived parameters).
 *
 * @param attributes the first value of every key outside a parameter description
 * @param parameters the parameter descriptions, in file order
 * @param dataColumns the names of the data columns, the time first
 */
record AmdaHeader(Map<String, String> attributes, List<Parameter> parameters, List<String> dataColumns) {

    private static final Pattern ENTRY = Pattern.compile("#\\s*([A-Z][A-Z0-9_]*(?:\\[\\d+])?)\\s+:\\s?(.*)");

    /**
     * One parameter: its {@code PARAMETER_…} entries by key, and its data set.
     *
     * @param dataset the {@code DATASET_ID} it belongs to, empty for a derived parameter
     */
    record Parameter(Map<String, String> entries, String dataset) {

        String id() {
            return entries.getOrDefault("PARAMETER_ID", "");
        }

        Optional<String> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(String::strip).filter(s -> !s.isEmpty());
        }
    }

    /** Reads the header lines that {@code lines} is at the start of, stopping before the first data line. */
    static AmdaHeader parse(TextLines lines) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        Map<String, String> current = null;
        String dataset = "";
        List<String> columns = List.of();
        while (lines.advance()) {
            String line = lines.text();
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            if (key.equals("PARAMETER_ID")) {
                current = new LinkedHashMap<>();
                parameters.add(new Parameter(current, dataset));
            } else if (key.equals("DATASET_ID")) {
                dataset = value;
                current = null;
            } else if (key.equals("DATA_COLUMNS")) {
                columns = Arrays.stream(value.split(",")).map(String::strip).toList();
            }
            if (current != null && key.startsWith("PARAMETER_")) {
                current.putIfAbsent(key, value);
            } else {
                attributes.putIfAbsent(key, value);
            }
        }
        return new AmdaHeader(attributes, parameters, columns);
    }

    /** The parameter a data column group names, by id, else by name. */
    Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.id().equals(name)).findFirst()
                .or(() -> parameters.stream().filter(p -> name.equals(p.entries().get("PARAMETER_NAME"))).findFirst());
    }
}
