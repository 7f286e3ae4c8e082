package org.heliodeck.formats;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

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
}
