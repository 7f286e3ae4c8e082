package org.heliodeck.formats.hapi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.heliodeck.core.io.DataFormatException;

/**
 * The records of a HAPI dataset as a reader or writer walks them: one {@link Field} per parameter,
 * checked once against what the readers can hold, so that a damaged or hostile header (a
 * {@code size} of 10^9, a missing time) is refused with a message before anything is allocated.
 */
final class HapiLayout {

    /** Most numbers or strings in one record, all parameters together: 8 MiB of doubles. */
    static final int MAX_RECORD_ELEMENTS = 1 << 20;
    /** Longest string or time value, in bytes. */
    static final int MAX_VALUE_LENGTH = 1 << 16;
    /** Largest binary record. */
    static final long MAX_RECORD_BYTES = 64L << 20;

    /**
     * One parameter in the record.
     *
     * @param elements values per record: the product of its size
     * @param firstField index of its first value among the values of a record, the time being 0
     */
    record Field(HapiParameter parameter, HapiType type, int elements, int firstField) {

        /** Bytes of one value in a binary record. */
        int width() {
            return switch (type) {
                case DOUBLE -> Double.BYTES;
                case INTEGER -> Integer.BYTES;
                case STRING, ISOTIME -> parameter.length().orElseThrow();
            };
        }
    }

    private final HapiInfo info;
    private final List<Field> fields;
    private final int valuesPerRecord;

    private HapiLayout(HapiInfo info, List<Field> fields, int valuesPerRecord) {
        this.info = info;
        this.fields = fields;
        this.valuesPerRecord = valuesPerRecord;
    }

    /**
     * Checks that records of {@code info} can be read: a first parameter that is a scalar
     * {@code isotime}, known types, unique names, sizes and lengths within bounds, bins that match
     * the sizes and name existing numeric parameters.
     *
     * @throws DataFormatException naming the parameter at fault, at {@code location} of {@code source}
     */
    static HapiLayout of(HapiInfo info, String source, String location) {
        List<HapiParameter> parameters = info.parameters();
        if (parameters.isEmpty()) {
            throw new DataFormatException(source, location, "the HAPI header lists no parameters");
        }
        Field[] fields = new Field[parameters.size()];
        Set<String> names = new HashSet<>();
        long values = 0;
        for (int i = 0; i < fields.length; i++) {
            HapiParameter p = parameters.get(i);
            String what = "parameter '" + p.name() + "'";
            if (!names.add(p.name())) {
                throw new DataFormatException(source, location, "the HAPI header lists " + what + " twice");
            }
            HapiType type = p.knownType().orElseThrow(() -> new DataFormatException(source, location,
                    what + " has type '" + p.type() + "'; HAPI types are double, integer, string and isotime"));
            long elements = 1;
            for (int d : p.size()) {
                if (d < 1) {
                    throw new DataFormatException(source, location, what + " has a size " + p.size()
                            + " with a dimension below 1");
                }
                elements *= d;
                if (elements > MAX_RECORD_ELEMENTS) {
                    throw new DataFormatException(source, location, what + " has size " + p.size()
                            + ": more than " + MAX_RECORD_ELEMENTS + " values a record, which Heliodeck refuses");
                }
            }
            if (p.length().isPresent() && (p.length().getAsInt() < 1 || p.length().getAsInt() > MAX_VALUE_LENGTH)) {
                throw new DataFormatException(source, location, what + " has length " + p.length().getAsInt()
                        + "; lengths from 1 to " + MAX_VALUE_LENGTH + " bytes are supported");
            }
            if (type.numeric() && p.fill().isPresent() && !isNumber(p.fill().get())) {
                throw new DataFormatException(source, location, what + " has fill value '" + p.fill().get()
                        + "', which is not a number");
            }
            fields[i] = new Field(p, type, (int) elements, (int) values);
            values += elements;
            if (values > MAX_RECORD_ELEMENTS) {
                throw new DataFormatException(source, location, "the parameters hold more than " + MAX_RECORD_ELEMENTS
                        + " values a record, which Heliodeck refuses");
            }
        }
        if (fields[0].type() != HapiType.ISOTIME || fields[0].elements() != 1 || !parameters.getFirst().size().isEmpty()) {
            throw new DataFormatException(source, location, "the first parameter, '" + parameters.getFirst().name()
                    + "', is not a scalar isotime: HAPI data start with the time");
        }
        HapiLayout layout = new HapiLayout(info, List.of(fields), (int) values);
        for (Field field : fields) {
            if (field.type().numeric()) {
                layout.checkBins(field.parameter(), source, location);
            }
        }
        return layout;
    }

    HapiInfo info() {
        return info;
    }

    /** The fields in record order; the first is the time. */
    List<Field> fields() {
        return fields;
    }

    /** Values in one record, the time included: the fields of a CSV line. */
    int valuesPerRecord() {
        return valuesPerRecord;
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.parameter().name().equals(name)).findFirst();
    }

    /**
     * Bytes of a binary record.
     *
     * @throws DataFormatException naming a string or time parameter without a length
     */
    int recordBytes(String source, String location) {
        long bytes = 0;
        for (Field field : fields) {
            if (!field.type().numeric() && field.parameter().length().isEmpty()) {
                throw new DataFormatException(source, location, "parameter '" + field.parameter().name()
                        + "' has no length, without which binary records cannot be read");
            }
            bytes += (long) field.width() * field.elements();
        }
        if (bytes > MAX_RECORD_BYTES) {
            throw new DataFormatException(source, location, "a binary record would be " + bytes
                    + " bytes; Heliodeck refuses records over " + MAX_RECORD_BYTES);
        }
        return (int) bytes;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void checkBins(HapiParameter p, String source, String location) {
        if (p.bins().isEmpty()) {
            return;
        }
        String what = "parameter '" + p.name() + "'";
        if (p.bins().size() != p.size().size()) {
            throw new DataFormatException(source, location, what + " has " + p.bins().size() + " bins for "
                    + p.size().size() + " dimensions");
        }
        for (int d = 0; d < p.bins().size(); d++) {
            HapiBins bins = p.bins().get(d);
            int n = p.size().get(d);
            String binsWhat = what + " bins '" + bins.name() + "'";
            if (bins.centers().isPresent()) {
                checkBinValues(bins.centers().get(), n, 1, binsWhat + " centers", source, location);
            }
            if (bins.ranges().isPresent()) {
                checkBinValues(bins.ranges().get(), n, 2, binsWhat + " ranges", source, location);
            }
        }
    }

    private void checkBinValues(HapiBins.BinValues values, int bins, int perBin, String what, String source,
            String location) {
        switch (values) {
            case HapiBins.Constant(List<Double> numbers) -> {
                if (numbers.size() != bins * perBin) {
                    throw new DataFormatException(source, location, what + " hold " + numbers.size() / perBin
                            + " bins for a dimension of size " + bins);
                }
            }
            case HapiBins.Reference(String name) -> {
                Field target = field(name).orElseThrow(() -> new DataFormatException(source, location,
                        what + " name parameter '" + name + "', which the header does not list"));
                if (!target.type().numeric() || target.elements() != bins * perBin) {
                    throw new DataFormatException(source, location, what + " name parameter '" + name
                            + "', which is not " + bins * perBin + " numbers a record");
                }
            }
        }
    }
}
