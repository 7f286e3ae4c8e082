package org.heliodeck.data.sscweb;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.SecureXml;

/**
 * Reads SSCWeb's XML answers: the observatories, and the positions of a locations request. Both are
 * flat lists of leaf elements, so each is read as the texts of its leaves in document order.
 */
final class SscXml {

    private SscXml() {}

    static List<SscObservatory> observatories(InputStream in, String source) {
        List<SscObservatory> found = new ArrayList<>();
        walk(in, source, new Visitor() {
            Map<String, List<String>> fields;

            @Override
            public void start(String name) {
                if (name.equals("Observatory")) {
                    fields = new HashMap<>();
                }
            }

            @Override
            public void leaf(String name, String text) {
                if (fields != null) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(text);
                }
            }

            @Override
            public void end(String name) {
                if (name.equals("Observatory")) {
                    found.add(observatory(fields, source));
                    fields = null;
                }
            }
        });
        return found;
    }

    private static SscObservatory observatory(Map<String, List<String>> fields, String source) {
        String id = one(fields, "Id");
        if (id.isEmpty()) {
            throw new DataFormatException(source, "Observatory", "an observatory has no Id");
        }
        String where = "observatory " + id;
        Duration resolution;
        try {
            resolution = Duration.ofSeconds(Long.parseLong(one(fields, "Resolution")));
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, where, "the resolution is not a number of seconds: "
                    + one(fields, "Resolution"));
        }
        TimeRange coverage = new TimeRange(time(one(fields, "StartTime"), source, where),
                time(one(fields, "EndTime"), source, where));
        return new SscObservatory(id, one(fields, "Name"), resolution, coverage, one(fields, "ResourceId"),
                fields.getOrDefault("GroupId", List.of()));
    }

    /** The positions of one spacecraft, by coordinate system, with their times and SSCWeb's status. */
    record Locations(String status, String statusText, long[] times, Map<SscCoordinates, double[][]> positions) {}

    static Locations locations(InputStream in, String source) {
        List<String> status = new ArrayList<>();
        List<String> statusText = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        Map<SscCoordinates, List<List<Double>>> xyz = new LinkedHashMap<>();
        walk(in, source, new Visitor() {
            List<List<Double>> current;

            @Override
            public void leaf(String name, String text) {
                switch (name) {
                    case "StatusCode" -> status.add(text);
                    case "StatusText" -> statusText.add(text);
                    case "Time" -> times.add(time(text, source, "Time"));
                    case "CoordinateSystem" -> {
                        SscCoordinates system = SscCoordinates.ofAnswer(text).orElseThrow(() ->
                                new DataFormatException(source, "CoordinateSystem", "unknown coordinate system " + text));
                        current = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                        xyz.put(system, current);
                    }
                    case "X", "Y", "Z" -> {
                        if (current == null) {
                            throw new DataFormatException(source, name, "a position comes before its CoordinateSystem");
                        }
                        current.get(name.charAt(0) - 'X').add(number(text, source, name));
                    }
                    default -> { }
                }
            }
        });
        Map<SscCoordinates, double[][]> positions = new LinkedHashMap<>();
        xyz.forEach((system, lists) -> {
            double[][] columns = new double[3][];
            for (int c = 0; c < 3; c++) {
                if (lists.get(c).size() != times.size()) {
                    throw new DataFormatException(source, system.label(), lists.get(c).size() + " " + "XYZ".charAt(c)
                            + " values for " + times.size() + " times");
                }
                columns[c] = lists.get(c).stream().mapToDouble(Double::doubleValue).toArray();
            }
            positions.put(system, columns);
        });
        return new Locations(String.join(" ", status), String.join(" ", statusText),
                times.stream().mapToLong(Long::longValue).toArray(), positions);
    }

    /** What the walk tells: elements opening and closing, and each leaf element's text. */
    private interface Visitor {
        default void start(String name) { }

        void leaf(String name, String text);

        default void end(String name) { }
    }

    private static void walk(InputStream in, String source, Visitor visitor) {
        SecureXml.read(in, source, xml -> {
            StringBuilder text = new StringBuilder();
            boolean leaf = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        visitor.start(xml.getLocalName());
                        text.setLength(0);
                        leaf = true;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (leaf) {
                            visitor.leaf(xml.getLocalName(), text.toString().strip());
                        }
                        leaf = false;
                        visitor.end(xml.getLocalName());
                    }
                    default -> { }
                }
            }
            return null;
        });
    }

    private static String one(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static long time(String text, String source, String where) {
        try {
            return Tt2000.parse(text);
        } catch (RuntimeException e) {
            throw new DataFormatException(source, where, "not a time: " + text);
        }
    }

    private static double number(String text, String source, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataFormatException(source, where, "not a number: " + text);
        }
    }
}
