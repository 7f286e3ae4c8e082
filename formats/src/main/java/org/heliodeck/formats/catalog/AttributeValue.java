package org.heliodeck.formats.catalog;

import java.util.List;

/**
 * The value of a custom attribute of an event or a catalogue, with the types tscat knows: text,
 * integer, real, boolean, time and list.
 */
public sealed interface AttributeValue {

    /** A short name of the type, as messages and column declarations say it. */
    String typeName();

    record TextValue(String value) implements AttributeValue {
        public TextValue {
            if (value == null) {
                throw new IllegalArgumentException("a text attribute value cannot be null");
            }
        }

        @Override
        public String typeName() {
            return "text";
        }
    }

    record IntegerValue(long value) implements AttributeValue {
        @Override
        public String typeName() {
            return "integer";
        }
    }

    record RealValue(double value) implements AttributeValue {
        @Override
        public String typeName() {
            return "real";
        }
    }

    record BoolValue(boolean value) implements AttributeValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** An instant, in TT2000 nanoseconds. */
    record TimeValue(long tt2000) implements AttributeValue {
        @Override
        public String typeName() {
            return "time";
        }
    }

    record ListValue(List<AttributeValue> items) implements AttributeValue {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    static AttributeValue text(String value) {
        return new TextValue(value);
    }

    static AttributeValue integer(long value) {
        return new IntegerValue(value);
    }

    static AttributeValue real(double value) {
        return new RealValue(value);
    }

    static AttributeValue bool(boolean value) {
        return new BoolValue(value);
    }

    static AttributeValue time(long tt2000) {
        return new TimeValue(tt2000);
    }

    static AttributeValue list(List<AttributeValue> items) {
        return new ListValue(items);
    }
}
