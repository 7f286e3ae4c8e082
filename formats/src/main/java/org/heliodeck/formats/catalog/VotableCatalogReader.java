package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.heliodeck.formats.SecureXml;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue.TextValue;

/**
 * Reads an AMDA time table or catalog (VOTable 1.3, one TABLE of TABLEDATA) into one catalogue and
 * its events; see {@link AmdaVotableCodec} for the mapping.
 */
final class VotableCatalogReader {

    private enum Role { START, STOP, UUID, AUTHOR, TAGS, PRODUCTS, RATING, ATTRIBUTE }

    private record Column(Role role, CellType type, boolean array, String attribute, String label) {}

    private final CatalogSource source;
    private final String fileStem;
    private Map<String, String> description = Map.of();
    private String catalogueAuthor = "";
    private String resourceDescription;
    private String tableName = "";
    private int tableLine;
    private int tables;
    private final List<VotableField> fields = new ArrayList<>();
    private List<Column> columns;
    private final List<EventRecord> events = new ArrayList<>();

    private VotableCatalogReader(CatalogSource source, String fileStem) {
        this.source = source;
        this.fileStem = fileStem;
    }

    static CatalogDocument read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        VotableCatalogReader reader =
                new VotableCatalogReader(new CatalogSource(file.toString()), dot > 0 ? fileName.substring(0, dot) : fileName);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SecureXml.factory().createXMLStreamReader(in);
            try {
                reader.walk(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw reader.notXml(e);
        }
        return reader.document();
    }

    private void walk(XMLStreamReader xml) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        boolean collecting = false;
        List<String> cells = new ArrayList<>();
        int rowLine = 0;
        int row = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            int line = xml.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD -> throw source.problem("line " + line,
                        "DOCTYPE declarations are refused: a VOTable needs none, and they can make a reader fetch other files");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    String parent = path.peek();
                    if (parent == null && !name.equals("VOTABLE")) {
                        throw source.problem("line " + line, "not a VOTable: the root element is <" + name + ">");
                    }
                    path.push(name);
                    switch (name) {
                        case "DESCRIPTION" -> {
                            collecting = "VOTABLE".equals(parent) || "RESOURCE".equals(parent);
                            text.setLength(0);
                        }
                        case "TABLE" -> {
                            if (++tables > 1) {
                                throw source.problem("line " + line, "a second TABLE: AMDA time tables and catalogs hold one");
                            }
                            tableLine = line;
                            String tableAttribute = xml.getAttributeValue(null, "name");
                            tableName = tableAttribute == null ? "" : tableAttribute.strip();
                        }
                        case "FIELD" -> {
                            if ("TABLE".equals(parent)) {
                                fields.add(VotableField.read(xml));
                            }
                        }
                        case "DATA" -> columns = columns();
                        case "BINARY", "BINARY2", "FITS" -> throw source.problem("line " + line,
                                "<" + name + "> data is not read by Heliodeck: write the table as TABLEDATA");
                        case "TR" -> {
                            cells.clear();
                            rowLine = line;
                            row++;
                        }
                        case "TD" -> {
                            collecting = true;
                            text.setLength(0);
                        }
                        default -> { /* INFO, PARAM, GROUP, LINK…: nothing a catalog keeps */ }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (collecting) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = path.pop();
                    switch (name) {
                        case "DESCRIPTION" -> {
                            if (collecting && "VOTABLE".equals(path.peek())) {
                                description = VotableDescription.parse(text.toString());
                                catalogueAuthor = description.getOrDefault("Contact", "");
                            } else if (collecting) {
                                resourceDescription = text.toString();
                            }
                            collecting = false;
                        }
                        case "TD" -> {
                            cells.add(text.toString());
                            collecting = false;
                        }
                        case "TR" -> events.add(event(cells, "line " + rowLine + " (row " + row + ")"));
                        case "TABLE" -> {
                            if (columns == null) {
                                columns = columns();
                            }
                        }
                        default -> { /* closes nothing kept */ }
                    }
                }
                default -> { /* comments, processing instructions */ }
            }
        }
        if (tables == 0) {
            throw source.problem("", "the VOTable has no TABLE");
        }
    }

    private List<Column> columns() {
        List<Column> resolved = new ArrayList<>();
        boolean hasStart = false;
        boolean hasStop = false;
        Set<String> attributes = new HashSet<>();
        for (VotableField field : fields) {
            CellType type = CellType.forField(field.datatype(), field.xtype(), field.utype());
            if (type == null) {
                throw source.problem("line " + field.line(),
                        "FIELD '" + field.label() + "' has datatype '" + field.datatype() + "', which Heliodeck does not read");
            }
            Role role = role(field, type, hasStart, hasStop);
            hasStart |= role == Role.START;
            hasStop |= role == Role.STOP;
            String attribute = role == Role.ATTRIBUTE ? Attributes.nameFor(field.label(), resolved.size()) : "";
            if (role == Role.ATTRIBUTE && !attributes.add(attribute)) {
                throw source.problem("line " + field.line(), "a second FIELD named '" + attribute + "'");
            }
            resolved.add(new Column(role, type, field.isArrayOf(type), attribute, field.label()));
        }
        if (!hasStart || !hasStop) {
            throw source.problem("line " + tableLine, "the TABLE has no " + (hasStart ? "stop" : "start")
                    + " time FIELD (AMDA's '" + (hasStart ? "Stop Time', ID TimeIntervalStop, ucd time.end"
                    : "Start Time', ID TimeIntervalStart, ucd time.start") + ")");
        }
        return resolved;
    }

    private static Role role(VotableField field, CellType type, boolean hasStart, boolean hasStop) {
        if (!hasStart && field.isStart()) {
            return Role.START;
        }
        if (!hasStop && field.isStop()) {
            return Role.STOP;
        }
        if (type == CellType.TEXT || type == CellType.LIST) {
            switch (field.name()) {
                case "uuid":
                    return Role.UUID;
                case "author":
                    return Role.AUTHOR;
                case "tags":
                    return Role.TAGS;
                case "products":
                    return Role.PRODUCTS;
                default:
                    return Role.ATTRIBUTE;
            }
        }
        return type == CellType.INTEGER && field.name().equals("rating") ? Role.RATING : Role.ATTRIBUTE;
    }

    private EventRecord event(List<String> cells, String at) {
        if (columns == null) {
            columns = columns();
        }
        if (cells.size() > columns.size()) {
            throw source.problem(at, cells.size() + " cells for " + columns.size() + " FIELDs");
        }
        Long start = null;
        Long stop = null;
        UUID uuid = null;
        String author = catalogueAuthor;
        List<String> tags = List.of();
        List<String> products = List.of();
        OptionalInt rating = OptionalInt.empty();
        List<Map.Entry<String, AttributeValue>> attributes = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Column column = columns.get(i);
            String cell = cells.get(i);
            if (column.role() == Role.AUTHOR) {
                // an empty author is a real value here, not the catalogue's author
                author = cell;
                continue;
            }
            boolean empty = column.type() == CellType.TEXT ? cell.isEmpty() : cell.isBlank();
            if (empty || (column.type() == CellType.BOOL && cell.strip().equals("?"))) {
                continue;
            }
            String prefix = column.label() + ": ";
            switch (column.role()) {
                case START -> start = source.checked(at, prefix, () -> Tt2000.parse(cell));
                case STOP -> stop = source.checked(at, prefix, () -> Tt2000.parse(cell));
                case UUID -> uuid = source.checked(at, prefix, () -> UuidText.parse(cell.strip()));
                case AUTHOR -> { /* taken above */ }
                case TAGS -> tags = source.checked(at, prefix, () -> labels(cell));
                case PRODUCTS -> products = source.checked(at, prefix, () -> labels(cell));
                case RATING -> {
                    long value = source.checked(at, prefix, () -> ((AttributeValue.IntegerValue) column.type().parse(cell)).value());
                    if (value < 0 || value > 10) {
                        throw source.problem(at, prefix + value + " is not a rating in 1..10");
                    }
                    // tscat writes 0 for no rating
                    rating = value == 0 ? OptionalInt.empty() : OptionalInt.of((int) value);
                }
                case ATTRIBUTE -> attributes.add(Map.entry(column.attribute(), source.checked(at, prefix,
                        () -> column.array() ? column.type().parseArray(cell) : column.type().parse(cell))));
            }
        }
        if (start == null || stop == null) {
            throw source.problem(at, "the " + (start == null ? "start" : "stop") + " time is empty");
        }
        EventRecord.Builder event = EventRecord.builder(uuid == null ? UUID.randomUUID() : uuid, start, stop)
                .author(author).tags(tags).products(products).rating(rating);
        attributes.forEach(a -> event.attribute(a.getKey(), a.getValue()));
        return source.checked(at, event::build);
    }

    /** Labels as tscat writes them (a JSON array) or as people do (separated by commas). */
    static List<String> labels(String cell) {
        String text = cell.strip();
        if (text.startsWith("[")) {
            List<String> labels = new ArrayList<>();
            for (AttributeValue item : AttributeJson.parseList(text, "labels").items()) {
                if (!(item instanceof TextValue label)) {
                    throw new IllegalArgumentException(item + " is not a text label");
                }
                labels.add(label.value());
            }
            return labels;
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
    }

    private CatalogDocument document() {
        Map<String, String> entries = new LinkedHashMap<>(description);
        String name = entries.remove("Name");
        if (name == null || name.isBlank()) {
            name = tableName.isEmpty() ? fileStem : tableName;
        }
        String author = entries.remove("Contact");
        String uuidText = entries.remove("UUID");
        String tagText = entries.remove("Tags");
        String predicate = entries.remove(VotableDescription.PREDICATE);
        UUID uuid = uuidText == null ? UUID.randomUUID() : source.checked("DESCRIPTION", "UUID: ", () -> UuidText.parse(uuidText));
        CatalogueRecord.Builder catalogue = CatalogueRecord.builder(uuid, name)
                .author(author == null ? "" : author)
                .tags(tagText == null ? List.of() : source.checked("DESCRIPTION", "Tags: ", () -> labels(tagText)))
                .predicate(Optional.ofNullable(predicate))
                .events(events.stream().map(EventRecord::uuid).toList());
        entries.forEach((key, value) -> catalogue.attribute(VotableDescription.attributeName(key),
                CatalogTimeText.looksLikeDateTime(value) ? AttributeValue.time(Tt2000.parse(value)) : AttributeValue.text(value)));
        if (resourceDescription != null) {
            catalogue.attribute(AmdaVotableCodec.DESCRIPTION_ATTRIBUTE, AttributeValue.text(resourceDescription));
        }
        CatalogueRecord built = source.checked("DESCRIPTION", catalogue::build);
        return source.checked("", () -> CatalogDocument.of(built, events));
    }

    private DataFormatException notXml(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage();
        int cut = message == null ? -1 : message.indexOf("Message: ");
        return new DataFormatException(source.name(), at == null ? "" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber(),
                "not well-formed XML: " + (cut >= 0 ? message.substring(cut + 9) : message), e);
    }
}
