package org.heliodeck.formats.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.heliodeck.formats.catalog.AttributeValue.TextValue;

/** Writes one catalogue as an AMDA VOTable; see {@link AmdaVotableCodec} for the layout. */
final class VotableCatalogWriter {

    private static final String NAMESPACE = "http://www.ivoa.net/xml/VOTable/v1.3";

    /** A column after the two times: its FIELD and how an event fills its cell (null for an empty cell). */
    private record Column(String name, CellType type, Function<EventRecord, String> cell) {}

    private final XMLStreamWriter xml;

    private VotableCatalogWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(CatalogDocument document, Path file) throws IOException {
        if (document.catalogues().size() != 1) {
            throw new IllegalArgumentException("an AMDA VOTable holds one catalogue and this document has "
                    + document.catalogues().size() + ": write document.only(catalogue) for each");
        }
        CatalogueRecord catalogue = document.catalogues().getFirst();
        List<EventRecord> events = document.eventsOf(catalogue);
        String description = VotableDescription.format(descriptionLines(catalogue));
        List<Column> columns = columns(catalogue, events);
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            try {
                new VotableCatalogWriter(xml).document(catalogue, description, columns, events);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> descriptionLines(CatalogueRecord catalogue) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Name", catalogue.name());
        lines.put("Contact", catalogue.author());
        lines.put("UUID", catalogue.uuid().toString());
        if (!catalogue.tags().isEmpty()) {
            lines.put("Tags", String.join(",", catalogue.tags()));
        }
        catalogue.predicate().ifPresent(p -> lines.put(VotableDescription.PREDICATE, p));
        catalogue.attributes().forEach((name, value) -> {
            if (!name.equals(AmdaVotableCodec.DESCRIPTION_ATTRIBUTE) || !(value instanceof TextValue)) {
                String key = VotableDescription.key(name);
                if (lines.containsKey(key)) {
                    throw new IllegalArgumentException("catalogue '" + catalogue.name() + "': attribute '" + name
                            + "' would take the place of the VOTable DESCRIPTION line " + key);
                }
                lines.put(key, CellType.format(value));
            }
        });
        return lines;
    }

    /**
     * The columns after the times: the uuid always, so that events keep their identity; the author,
     * tags, products and rating where an event has them; then one column per custom attribute.
     */
    private static List<Column> columns(CatalogueRecord catalogue, List<EventRecord> events) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("uuid", CellType.TEXT, e -> e.uuid().toString()));
        if (events.stream().anyMatch(e -> !e.author().equals(catalogue.author()))) {
            columns.add(new Column("author", CellType.TEXT, EventRecord::author));
        }
        if (events.stream().anyMatch(e -> !e.tags().isEmpty())) {
            columns.add(new Column("tags", CellType.LIST, e -> labels(e.tags())));
        }
        if (events.stream().anyMatch(e -> !e.products().isEmpty())) {
            columns.add(new Column("products", CellType.LIST, e -> labels(e.products())));
        }
        if (events.stream().anyMatch(e -> e.rating().isPresent())) {
            columns.add(new Column("rating", CellType.INTEGER,
                    e -> e.rating().isPresent() ? Integer.toString(e.rating().getAsInt()) : null));
        }
        Map<String, CellType> types = new LinkedHashMap<>();
        Map<String, EventRecord> firstHolder = new LinkedHashMap<>();
        for (EventRecord event : events) {
            event.attributes().forEach((name, value) -> {
                CellType type = CellType.of(value);
                CellType earlier = types.putIfAbsent(name, type);
                firstHolder.putIfAbsent(name, event);
                if (earlier != null && earlier != type) {
                    throw new IllegalArgumentException("attribute '" + name + "' is " + value.typeName() + " in event "
                            + event.uuid() + " but " + firstHolder.get(name).attributes().get(name).typeName() + " in event "
                            + firstHolder.get(name).uuid() + ": a VOTable column holds one type");
                }
            });
        }
        types.forEach((name, type) -> columns.add(new Column(name, type, e -> {
            AttributeValue value = e.attributes().get(name);
            return value == null ? null : CellType.format(value);
        })));
        return columns;
    }

    /** tscat's spelling, a JSON array, which tscat's VOTable import reads back. */
    private static String labels(List<String> labels) {
        return AttributeJson.listText(new AttributeValue.ListValue(labels.stream().map(AttributeValue::text).toList()));
    }

    private void document(CatalogueRecord catalogue, String description, List<Column> columns, List<EventRecord> events)
            throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("VOTABLE");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("version", "1.3");
        indent(1);
        element("DESCRIPTION", description);
        indent(1);
        xml.writeStartElement("RESOURCE");
        if (catalogue.attributes().get(AmdaVotableCodec.DESCRIPTION_ATTRIBUTE) instanceof TextValue text) {
            indent(2);
            element("DESCRIPTION", text.value());
        }
        indent(2);
        xml.writeStartElement("TABLE");
        xml.writeAttribute("name", catalogue.name());
        timeField("Start Time", "TimeIntervalStart", "time.start");
        timeField("Stop Time", "TimeIntervalStop", "time.end");
        for (Column column : columns) {
            field(column.name(), column.name(), "", column.type());
        }
        indent(3);
        xml.writeStartElement("DATA");
        indent(4);
        xml.writeStartElement("TABLEDATA");
        for (EventRecord event : events) {
            indent(5);
            xml.writeStartElement("TR");
            element("TD", CatalogTimeText.amda(event.start()));
            element("TD", CatalogTimeText.amda(event.stop()));
            for (Column column : columns) {
                String cell = column.cell().apply(event);
                element("TD", cell == null ? "" : cell);
            }
            xml.writeEndElement();
        }
        indent(4);
        xml.writeEndElement();
        indent(3);
        xml.writeEndElement();
        indent(2);
        xml.writeEndElement();
        indent(1);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void timeField(String name, String id, String ucd) throws XMLStreamException {
        field(name, id, ucd, CellType.TIME);
    }

    private void field(String name, String id, String ucd, CellType type) throws XMLStreamException {
        indent(3);
        xml.writeEmptyElement("FIELD");
        xml.writeAttribute("name", name);
        xml.writeAttribute("ID", id);
        if (!ucd.isEmpty()) {
            xml.writeAttribute("ucd", ucd);
        }
        xml.writeAttribute("datatype", type.datatype);
        if (!type.xtype.isEmpty()) {
            xml.writeAttribute("xtype", type.xtype);
        }
        if (!type.utype.isEmpty()) {
            xml.writeAttribute("utype", type.utype);
        }
        if (type.variableLength()) {
            xml.writeAttribute("arraysize", "*");
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
