package org.heliodeck.data.archive;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file path relative to an archive's root with time fields, e.g.
 * {@code {yyyy}/ac_h2_mfi_{yyyy}{MM}{dd}_v{version}.cdf}: expanded for a file span's start to find
 * its file, matched against listed names to find versions and the first and last files.
 */
final class FilePattern {

    /** The fields a pattern may hold, each with the digits it takes and the calendar unit it names. */
    enum Field {
        YEAR("yyyy", "\\d{4}", ChronoUnit.YEARS),
        MONTH("MM", "\\d{2}", ChronoUnit.MONTHS),
        DAY("dd", "\\d{2}", ChronoUnit.DAYS),
        DAY_OF_YEAR("doy", "\\d{3}", ChronoUnit.DAYS),
        HOUR("HH", "\\d{2}", ChronoUnit.HOURS),
        VERSION("version", "[0-9]+(?:\\.[0-9]+)*", null);

        final String token;
        final String regex;
        final ChronoUnit unit;

        Field(String token, String regex, ChronoUnit unit) {
            this.token = token;
            this.regex = regex;
            this.unit = unit;
        }

        String format(LocalDateTime t) {
            return switch (this) {
                case YEAR -> "%04d".formatted(t.getYear());
                case MONTH -> "%02d".formatted(t.getMonthValue());
                case DAY -> "%02d".formatted(t.getDayOfMonth());
                case DAY_OF_YEAR -> "%03d".formatted(t.getDayOfYear());
                case HOUR -> "%02d".formatted(t.getHour());
                case VERSION -> throw new IllegalStateException("a version is listed, not computed");
            };
        }
    }

    /** A piece of a path segment: literal text, or a field when {@code field} is not null. */
    private record Part(String literal, Field field) {}

    private static final Pattern TOKEN = Pattern.compile("\\{([^}]*)}");

    private final String text;
    private final List<List<Part>> segments;

    private FilePattern(String text, List<List<Part>> segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException naming the problem: an unknown field, no time field, a
     *     {@code {version}} outside the file name, an absolute path or {@code ..}
     */
    static FilePattern parse(String text) {
        if (text.isBlank() || text.startsWith("/") || text.endsWith("/")) {
            throw new IllegalArgumentException("'" + text + "' must be a file path relative to the root");
        }
        List<List<Part>> segments = new ArrayList<>();
        String[] names = text.split("/");
        boolean timed = false;
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty() || names[i].equals(".") || names[i].equals("..")) {
                throw new IllegalArgumentException("'" + text + "' has an empty, '.' or '..' folder");
            }
            List<Part> parts = new ArrayList<>();
            Matcher m = TOKEN.matcher(names[i]);
            int from = 0;
            while (m.find()) {
                if (m.start() > from) {
                    parts.add(new Part(names[i].substring(from, m.start()), null));
                }
                Field field = field(m.group(1), text);
                if (field == Field.VERSION && i < names.length - 1) {
                    throw new IllegalArgumentException("'" + text + "' has {version} in a folder: only the file name may have it");
                }
                timed |= field != Field.VERSION;
                parts.add(new Part(null, field));
                from = m.end();
            }
            if (from < names[i].length()) {
                parts.add(new Part(names[i].substring(from), null));
            }
            segments.add(List.copyOf(parts));
        }
        if (!timed) {
            throw new IllegalArgumentException("'" + text + "' has no time field ({yyyy}, {MM}, {dd}, {doy} or {HH})");
        }
        return new FilePattern(text, List.copyOf(segments));
    }

    private static Field field(String token, String text) {
        for (Field f : Field.values()) {
            if (f.token.equals(token)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' has an unknown field {" + token
                + "}: the fields are {yyyy} {MM} {dd} {doy} {HH} and {version}");
    }

    /** The span of one file, as the finest time field says. */
    FilePeriod finestPeriod() {
        ChronoUnit finest = ChronoUnit.YEARS;
        for (List<Part> segment : segments) {
            for (Part p : segment) {
                if (p.field() != null && p.field().unit != null && p.field().unit.compareTo(finest) < 0) {
                    finest = p.field().unit;
                }
            }
        }
        return new FilePeriod(finest, 1);
    }

    boolean versioned() {
        return segments.getLast().stream().anyMatch(p -> p.field() == Field.VERSION);
    }

    int depth() {
        return segments.size();
    }

    /** The folders of the file starting at {@code t}, each followed by {@code /}; empty for a file in the root. */
    String folder(LocalDateTime t) {
        StringBuilder out = new StringBuilder();
        for (List<Part> segment : segments.subList(0, segments.size() - 1)) {
            for (Part p : segment) {
                out.append(p.field() == null ? p.literal() : p.field().format(t));
            }
            out.append('/');
        }
        return out.toString();
    }

    /** The name of the file starting at {@code t} as a regular expression whose group 1, if any, is the version. */
    Pattern nameAt(LocalDateTime t) {
        StringBuilder regex = new StringBuilder();
        for (Part p : segments.getLast()) {
            if (p.field() == null) {
                regex.append(Pattern.quote(p.literal()));
            } else if (p.field() == Field.VERSION) {
                regex.append('(').append(Field.VERSION.regex).append(')');
            } else {
                regex.append(Pattern.quote(p.field().format(t)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The name of the unversioned file starting at {@code t}. */
    String name(LocalDateTime t) {
        StringBuilder out = new StringBuilder();
        for (Part p : segments.getLast()) {
            out.append(p.field() == null ? p.literal() : p.field().format(t));
        }
        return out.toString();
    }

    /**
     * The fields of a listed name at {@code depth} (0: the first folder), added to those of the
     * folders above it; empty when the name does not fit the pattern there.
     */
    Optional<Map<Field, String>> match(int depth, String name, Map<Field, String> above) {
        StringBuilder regex = new StringBuilder();
        List<Field> groups = new ArrayList<>();
        for (Part p : segments.get(depth)) {
            if (p.field() == null) {
                regex.append(Pattern.quote(p.literal()));
            } else {
                regex.append('(').append(p.field().regex).append(')');
                groups.add(p.field());
            }
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.putAll(above);
        for (int g = 0; g < groups.size(); g++) {
            fields.put(groups.get(g), m.group(g + 1));
        }
        return Optional.of(fields);
    }

    /** The time named by some fields, the missing ones at their smallest; empty for an impossible date. */
    static Optional<LocalDateTime> time(Map<Field, String> fields) {
        try {
            LocalDateTime t = LocalDateTime.of(number(fields, Field.YEAR, 1), number(fields, Field.MONTH, 1),
                    number(fields, Field.DAY, 1), number(fields, Field.HOUR, 0), 0);
            return Optional.of(fields.containsKey(Field.DAY_OF_YEAR)
                    ? t.withDayOfYear(number(fields, Field.DAY_OF_YEAR, 1))
                    : t);
        } catch (java.time.DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static int number(Map<Field, String> fields, Field f, int absent) {
        String value = fields.get(f);
        return value == null ? absent : Integer.parseInt(value);
    }

    @Override
    public String toString() {
        return text;
    }
}
