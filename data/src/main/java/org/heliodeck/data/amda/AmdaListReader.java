package org.heliodeck.data.amda;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.SecureXml;

/**
 * Reads AMDA's lists of shared time tables ({@code timeTableList}) and catalogs
 * ({@code catalogList}): a root element, folders below it to any depth, and the entries, whose
 * attributes ({@code xml:id}, {@code name}, {@code description}, {@code contact}, {@code nbIntervals},
 * {@code created}, {@code modified}, {@code surveyStart}, {@code surveyStop}) describe them. What an
 * entry holds inside (a catalog's columns) is not read.
 */
final class AmdaListReader {

    /** The elements of time tables in AMDA's lists (shared lists write the first, users' lists the second). */
    static final Set<String> TIME_TABLES = Set.of("timeTable", "timetab");
    static final Set<String> CATALOGS = Set.of("catalog");

    /** AMDA's {@code modified} of a list entry never modified. */
    private static final long NEVER = Tt2000.parse("1970-01-01T00:00:00Z");

    private AmdaListReader() {}

    /**
     * The entries of a list, in document order.
     *
     * @param entries the element names of the entries
     * @param source where the XML comes from, for messages
     * @throws DataFormatException when the XML is not well-formed, an entry has no id, or a count or date is not one
     */
    static List<AmdaTimeTableInfo> read(InputStream in, String source, Set<String> entries) {
        return SecureXml.read(in, source, xml -> new Walk(xml, source, entries).entries());
    }

    private static final class Walk {

        private final XMLStreamReader xml;
        private final String source;
        private final Set<String> entryElements;
        private final List<AmdaTimeTableInfo> found = new ArrayList<>();
        /** The open elements below the root: a folder's name, or null for an entry and what it holds. */
        private final Deque<Optional<String>> open = new ArrayDeque<>();

        Walk(XMLStreamReader xml, String source, Set<String> entryElements) {
            this.xml = xml;
            this.source = source;
            this.entryElements = entryElements;
        }

        List<AmdaTimeTableInfo> entries() throws XMLStreamException {
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth > 0) {
                        open.push(start());
                    }
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth > 0) {
                        open.pop();
                    }
                }
            }
            return found;
        }

        /** An entry's info is kept and empty returned; a folder (within no entry) returns its name. */
        private Optional<String> start() {
            boolean insideEntry = open.stream().anyMatch(Optional::isEmpty);
            if (insideEntry) {
                return Optional.empty();
            }
            if (entryElements.contains(xml.getLocalName())) {
                found.add(entry());
                return Optional.empty();
            }
            String name = attribute("name");
            return Optional.of(name.isEmpty() ? attribute(XMLConstants.XML_NS_URI, "id") : name);
        }

        private AmdaTimeTableInfo entry() {
            String id = attribute(XMLConstants.XML_NS_URI, "id");
            if (id.isEmpty()) {
                id = attribute("id");
            }
            if (id.isEmpty()) {
                throw new DataFormatException(source, "line " + xml.getLocation().getLineNumber(),
                        "a " + xml.getLocalName() + " without xml:id");
            }
            String name = attribute("name");
            List<String> folders = new ArrayList<>();
            open.descendingIterator().forEachRemaining(f -> f.filter(s -> !s.isEmpty()).ifPresent(folders::add));
            OptionalLong modified = time(id, "modified");
            return new AmdaTimeTableInfo(id, name.isEmpty() ? id : name, attribute("description"), attribute("contact"),
                    count(id), time(id, "created"), modified.isPresent() && modified.getAsLong() == NEVER
                            ? OptionalLong.empty() : modified,
                    survey(id), String.join("/", folders));
        }

        private OptionalInt count(String id) {
            String text = attribute("nbIntervals");
            if (text.isEmpty()) {
                return OptionalInt.empty();
            }
            try {
                return OptionalInt.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                throw new DataFormatException(source, id, "nbIntervals '" + text + "' is not a whole number", e);
            }
        }

        private OptionalLong time(String id, String attribute) {
            String text = attribute(attribute);
            if (text.isEmpty()) {
                return OptionalLong.empty();
            }
            try {
                return OptionalLong.of(Tt2000.parse(text.strip()));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(source, id, attribute + " '" + text + "' is not a date and time: "
                        + e.getMessage(), e);
            }
        }

        private Optional<TimeRange> survey(String id) {
            OptionalLong start = time(id, "surveyStart");
            OptionalLong stop = time(id, "surveyStop");
            if (start.isEmpty() || stop.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new TimeRange(start.getAsLong(), stop.getAsLong()));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(source, id, "its survey is not a time range: " + e.getMessage(), e);
            }
        }

        private String attribute(String name) {
            return attribute(null, name);
        }

        private String attribute(String namespace, String name) {
            String value = xml.getAttributeValue(namespace, name);
            return value == null ? "" : value;
        }
    }
}
