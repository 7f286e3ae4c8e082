package org.heliodeck.data.csa;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.formats.SecureXml;

/**
 * The first table of a VOTable answer, as rows of texts by column name (names lower case).
 *
 * <p>Only the TABLEDATA serialization is read: it is what a TAP service sends for
 * {@code FORMAT=votable_plain}, which the CSA provider asks for. A BINARY or FITS table is refused
 * with a message. A TAP error answer ({@code <INFO name="QUERY_STATUS" value="ERROR">}) is refused
 * with the service's message.
 */
record VoTable(List<String> columns, List<Map<String, String>> rows) {

    VoTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row's value of {@code column}, stripped; {@code ""} where the row has none. */
    static String cell(Map<String, String> row, String column) {
        return row.getOrDefault(column, "").strip();
    }

    static VoTable read(InputStream in, String source) {
        return SecureXml.read(in, source, xml -> read(xml, source));
    }

    private static VoTable read(XMLStreamReader xml, String source) throws XMLStreamException {
        List<String> columns = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        boolean inTable = false;
        boolean tableDone = false;
        boolean errorStatus = false;
        List<String> cells = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                text.setLength(0);
                switch (name) {
                    case "INFO" -> errorStatus = "QUERY_STATUS".equalsIgnoreCase(attribute(xml, "name"))
                            && "ERROR".equalsIgnoreCase(attribute(xml, "value"));
                    case "TABLE" -> inTable = !tableDone;
                    case "FIELD" -> {
                        if (inTable) {
                            columns.add(attribute(xml, "name").toLowerCase(Locale.ROOT));
                        }
                    }
                    case "BINARY", "BINARY2", "FITS" -> {
                        if (inTable) {
                            throw new DataFormatException(source, name, "the table is serialized as " + name
                                    + "; only TABLEDATA (FORMAT=votable_plain) is read");
                        }
                    }
                    case "TR" -> cells = inTable ? new ArrayList<>() : null;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "INFO" -> {
                        if (errorStatus) {
                            throw new DataFormatException(source, "QUERY_STATUS", "the TAP service answered ERROR: "
                                    + text.toString().strip());
                        }
                    }
                    case "TD" -> {
                        if (cells != null) {
                            cells.add(text.toString());
                        }
                    }
                    case "TR" -> {
                        if (cells != null) {
                            rows.add(row(columns, cells, source, rows.size()));
                            cells = null;
                        }
                    }
                    case "TABLE" -> {
                        if (inTable) {
                            inTable = false;
                            tableDone = true;
                        }
                    }
                    default -> { }
                }
                text.setLength(0);
            }
        }
        if (columns.isEmpty()) {
            throw new DataFormatException(source, "VOTABLE", "the answer holds no table with FIELDs");
        }
        return new VoTable(columns, rows);
    }

    private static Map<String, String> row(List<String> columns, List<String> cells, String source, int index) {
        if (cells.size() != columns.size()) {
            throw new DataFormatException(source, "row " + (index + 1), cells.size() + " cells for " + columns.size()
                    + " columns");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), cells.get(i));
        }
        return row;
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }
}
