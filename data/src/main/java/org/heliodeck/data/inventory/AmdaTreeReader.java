package org.heliodeck.data.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.formats.SecureXml;

/**
 * Reads AMDA's observatory data tree (the answer of {@code getObsDataTree}): mission →
 * [observatory] → instrument → [dataset group] → dataset → parameter, into inventory nodes, parents
 * before children. Paths are made of AMDA's {@code xml:id}s, which are unique in the tree and are
 * what AMDA's web service asks for; names and descriptions are what people read.
 */
public final class AmdaTreeReader {

    public static final String PROVIDER = "amda";

    /** Extra keys every AMDA node below a mission carries, so searches can filter and rank on them. */
    public static final String MISSION = "mission";
    public static final String INSTRUMENT = "instrument";

    /** Dataset attributes kept in {@link InventoryNode#extra()} as they are. */
    private static final List<String> DATASET_EXTRAS = List.of(
            "dataSource", "spaseId", "measurement_type", "processing_level", "target", "lastUpdate", "maxSampling",
            "timeRestriction");
    private static final List<String> PARAMETER_EXTRAS = List.of("ucd", "display_type", "size");
    private static final Pattern HTML_TAG = Pattern.compile("\\s*<[^>]+>\\s*");

    private AmdaTreeReader() {}

    /** The nodes of a tree stored in a file. */
    public static List<InventoryNode> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * The nodes of a tree.
     *
     * @param source where the XML comes from, for messages
     * @throws DataFormatException when it is not well-formed XML or a date or sampling is not one
     */
    public static List<InventoryNode> read(InputStream in, String source) {
        return SecureXml.read(in, source, xml -> new Walk(xml, source).nodes());
    }

    /** One open element of the tree that becomes a node; {@code parameter} is set while a parameter's components are read. */
    private record Open(String path, Map<String, String> context, Duration cadence, TimeRange coverage,
            PendingParameter parameter) {}

    /** A parameter whose components are still to come. */
    private record PendingParameter(InventoryNode withoutComponents, List<String> components) {

        InventoryNode build() {
            InventoryNode n = withoutComponents;
            return new InventoryNode(n.provider(), n.path(), n.kind(), n.id(), n.name(), n.description(), n.units(),
                    n.cadence(), n.coverage(), n.coordinateSystem(), components, n.extra());
        }
    }

    private static final class Walk {

        private final XMLStreamReader xml;
        private final String source;
        private final List<InventoryNode> nodes = new ArrayList<>(12_000);
        /** The open node elements; {@code null} entries stand for elements that make no node. */
        private final Deque<Open> open = new ArrayDeque<>();

        Walk(XMLStreamReader xml, String source) {
            this.xml = xml;
            this.source = source;
        }

        List<InventoryNode> nodes() throws XMLStreamException {
            Deque<Boolean> madeNode = new ArrayDeque<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    madeNode.push(start(xml.getLocalName()));
                } else if (event == XMLStreamConstants.END_ELEMENT && madeNode.pop()) {
                    Open done = open.pop();
                    if (done.parameter() != null) {
                        nodes.add(done.parameter().build());
                    }
                }
            }
            return nodes;
        }

        /** Handles an opening tag; true when it opened a node. */
        private boolean start(String element) {
            NodeKind kind = switch (element) {
                case "mission", "observatory" -> NodeKind.MISSION;
                case "instrument", "datasetGroup" -> NodeKind.INSTRUMENT;
                case "dataset" -> NodeKind.DATASET;
                case "parameter" -> NodeKind.PARAMETER;
                default -> null;
            };
            if (kind == null) {
                if (element.equals("component") && !open.isEmpty() && open.peek().parameter() != null) {
                    open.peek().parameter().components().add(attribute("name"));
                }
                return false;
            }
            Open parent = open.peek();
            String id = xml.getAttributeValue(XMLConstants.XML_NS_URI, "id");
            if (id == null || id.isEmpty()) {
                throw new DataFormatException(source, "line " + xml.getLocation().getLineNumber(),
                        "AMDA's data tree has a " + element + " without xml:id");
            }
            String path = parent == null ? id : parent.path() + "/" + id;
            String name = attribute("name");
            Map<String, String> context = new LinkedHashMap<>(parent == null ? Map.of() : parent.context());
            if (element.equals("mission")) {
                context.put(MISSION, name);
            } else if (element.equals("instrument")) {
                context.put(INSTRUMENT, name);
            }
            Map<String, String> extra = new LinkedHashMap<>(context);
            extra.put("element", element);
            Duration cadence = parent == null ? null : parent.cadence();
            TimeRange coverage = parent == null ? null : parent.coverage();
            String description = text(element.equals("parameter") ? attribute("description") : attribute("desc"));
            if (kind == NodeKind.DATASET) {
                cadence = sampling();
                coverage = coverage();
                keep(DATASET_EXTRAS, extra);
            } else if (kind == NodeKind.PARAMETER) {
                keep(PARAMETER_EXTRAS, extra);
            }
            String units = attribute("units");
            InventoryNode node = new InventoryNode(PROVIDER, path, kind, id, name, description, units, cadence,
                    coverage, kind == NodeKind.PARAMETER ? CoordinateSystems.find(id, name, description) : "", List.of(),
                    extra);
            if (kind == NodeKind.PARAMETER) {
                // Its components follow as child elements: the node is complete at its end tag.
                open.push(new Open(path, context, cadence, coverage, new PendingParameter(node, new ArrayList<>())));
            } else {
                nodes.add(node);
                open.push(new Open(path, context, cadence, coverage, null));
            }
            return true;
        }

        private Duration sampling() {
            String sampling = attribute("sampling");
            return Cadences.amda(sampling).orElseThrow(() -> new DataFormatException(source,
                    "dataset " + attribute(XMLConstants.XML_NS_URI, "id"), "the sampling '" + sampling + "' is not a number of S, M, H or D"));
        }

        private TimeRange coverage() {
            String start = attribute("dataStart");
            String stop = attribute("dataStop");
            if (start.isEmpty() || stop.isEmpty()) {
                return null;
            }
            try {
                return new TimeRange(Tt2000.parse(start), Tt2000.parse(stop));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(source, "dataset " + attribute(XMLConstants.XML_NS_URI, "id"),
                        "its dates '" + start + "' to '" + stop + "' are not a time range: " + e.getMessage(), e);
            }
        }

        private void keep(List<String> names, Map<String, String> extra) {
            for (String name : names) {
                String value = attribute(name);
                if (!value.isEmpty()) {
                    extra.put(name, value);
                }
            }
        }

        private String attribute(String name) {
            return attribute(null, name);
        }

        private String attribute(String namespace, String name) {
            String value = xml.getAttributeValue(namespace, name);
            return value == null ? "" : value;
        }

        /** AMDA's descriptions hold HTML line breaks; people read them as lines. */
        private static String text(String html) {
            return HTML_TAG.matcher(html).replaceAll("\n").strip();
        }
    }
}
