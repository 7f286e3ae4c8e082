package org.heliodeck.formats.catalog;

import javax.xml.stream.XMLStreamReader;

/** A FIELD declaration of a VOTable TABLE, as read; absent attributes are empty strings. */
record VotableField(String name, String id, String ucd, String datatype, String xtype, String arraysize, String utype, int line) {

    static VotableField read(XMLStreamReader xml) {
        return new VotableField(attribute(xml, "name"), attribute(xml, "ID"), attribute(xml, "ucd"), attribute(xml, "datatype"),
                attribute(xml, "xtype"), attribute(xml, "arraysize"), attribute(xml, "utype"), xml.getLocation().getLineNumber());
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    /** Whether this is the field of the interval's start, found by AMDA's ID, the UCD, or the name. */
    boolean isStart() {
        return id.equals("TimeIntervalStart") || ucd.equals("time.start") || name.equalsIgnoreCase("Start Time");
    }

    boolean isStop() {
        return id.equals("TimeIntervalStop") || ucd.equals("time.end") || name.equalsIgnoreCase("Stop Time");
    }

    /** Whether each cell holds several values: a numeric or boolean FIELD with an arraysize other than 1. */
    boolean isArrayOf(CellType type) {
        return type.hasArrays() && !arraysize.isEmpty() && !arraysize.equals("1");
    }

    /** The name to show in messages. */
    String label() {
        return name.isEmpty() ? id : name;
    }
}
