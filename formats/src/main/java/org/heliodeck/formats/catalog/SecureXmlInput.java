package org.heliodeck.formats.catalog;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * StAX input that cannot be made to read anything but the document itself: no DTD processing, no
 * external entities, no external DTD or schema access (XXE and entity-expansion attacks).
 */
final class SecureXmlInput {

    private SecureXmlInput() {}

    static XMLInputFactory factory() {
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
