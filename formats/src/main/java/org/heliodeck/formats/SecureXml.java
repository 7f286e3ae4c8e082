package org.heliodeck.formats;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.heliodeck.core.io.DataFormatException;

/**
 * StAX input for XML from files and web services that reads nothing but the document itself: no DTD, no
 * external entities, no external DTD or schema (XXE and entity-expansion attacks).
 */
public final class SecureXml {

    private SecureXml() {}

    /** A fresh factory, text coalesced (one characters event per text node). */
    public static XMLInputFactory factory() {
        // The JDK's own implementation, whose handling of these properties is known, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** What a reader makes of a document, event by event. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * What {@code reading} makes of the document in {@code in}, read through a {@link #factory()}
     * parser that is released after; {@code in} is the caller's to close.
     *
     * @throws DataFormatException naming {@code source} and the line when the document is not well-formed
     */
    public static <T> T read(InputStream in, String source, Reading<T> reading) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return reading.read(xml);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber();
            throw new DataFormatException(source, where, "not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // Closing only releases the parser.
                }
            }
        }
    }
}
