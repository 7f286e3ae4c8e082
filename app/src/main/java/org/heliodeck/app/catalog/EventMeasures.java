package org.heliodeck.app.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.heliodeck.catalog.Event;
import org.heliodeck.core.time.Tt2000;
import org.heliodeck.formats.catalog.AttributeValue;

/**
 * The numbers the statistics view draws for a set of events: named measures (duration, start,
 * rating, and each numeric custom attribute) and the events per year or month.
 */
public final class EventMeasures {

    public static final String DURATION = "duration (h)";
    public static final String START = "start (year)";
    public static final String RATING = "rating";
    private static final double NANOS_PER_HOUR = 3.6e12;

    private EventMeasures() {}

    /** The measures the events have, by name: duration, start, rating, then their numeric attributes; NaN where one has none. */
    public static Map<String, ToDoubleFunction<Event>> of(List<Event> events) {
        Map<String, ToDoubleFunction<Event>> measures = new LinkedHashMap<>();
        measures.put(DURATION, e -> (e.stop() - e.start()) / NANOS_PER_HOUR);
        measures.put(START, e -> year(e.start()));
        measures.put(RATING, e -> e.rating().isPresent() ? e.rating().getAsInt() : Double.NaN);
        events.stream().flatMap(e -> e.attributes().entrySet().stream())
                .filter(a -> a.getValue() instanceof AttributeValue.IntegerValue || a.getValue() instanceof AttributeValue.RealValue)
                .map(Map.Entry::getKey)
                .distinct()
                .forEach(name -> measures.put(name, e -> switch (e.attributes().get(name)) {
                    case AttributeValue.IntegerValue(long v) -> v;
                    case AttributeValue.RealValue(double v) -> v;
                    case null, default -> Double.NaN;
                }));
        return measures;
    }

    public static List<Double> values(List<Event> events, ToDoubleFunction<Event> measure) {
        return events.stream().map(e -> measure.applyAsDouble(e)).toList();
    }

    /** How many events start in each year (UTC), years in order. */
    public static TreeMap<Integer, Integer> perYear(List<Event> events) {
        TreeMap<Integer, Integer> years = new TreeMap<>();
        events.forEach(e -> years.merge(Tt2000.utc(e.start()).year(), 1, Integer::sum));
        return years;
    }

    /** How many events start in each month (UTC), keyed by {@code 12 × year + month − 1}, months in order. */
    public static TreeMap<Integer, Integer> perMonth(List<Event> events) {
        TreeMap<Integer, Integer> months = new TreeMap<>();
        events.forEach(e -> {
            var utc = Tt2000.utc(e.start());
            months.merge(12 * utc.year() + utc.month() - 1, 1, Integer::sum);
        });
        return months;
    }

    /** The time as a fractional year, e.g. 2003.82 late in October 2003. */
    static double year(long tt2000) {
        int year = Tt2000.utc(tt2000).year();
        long from = Tt2000.of(year, 1, 1, 0, 0, 0, 0);
        long to = Tt2000.of(year + 1, 1, 1, 0, 0, 0, 0);
        return year + (double) (tt2000 - from) / (to - from);
    }
}
