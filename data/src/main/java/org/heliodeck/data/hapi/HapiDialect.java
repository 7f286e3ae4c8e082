package org.heliodeck.data.hapi;

/**
 * How request parameters are spelled: HAPI 3 renamed {@code id}, {@code time.min} and
 * {@code time.max} to {@code dataset}, {@code start} and {@code stop}. A 3.x server accepts both,
 * a 2.x server only the old ones, and any server refuses a parameter it does not know.
 */
public enum HapiDialect {
    V2("id", "time.min", "time.max"),
    V3("dataset", "start", "stop");

    private final String dataset;
    private final String start;
    private final String stop;

    HapiDialect(String dataset, String start, String stop) {
        this.dataset = dataset;
        this.start = start;
        this.stop = stop;
    }

    /** The dialect of a server announcing {@code version} ({@code 2.1}, {@code 3.3}...); 1.x and 2.x speak V2. */
    public static HapiDialect of(String version) {
        int dot = version.indexOf('.');
        String major = (dot < 0 ? version : version.substring(0, dot)).strip();
        try {
            return Integer.parseInt(major) >= 3 ? V3 : V2;
        } catch (NumberFormatException e) {
            // An unreadable version: the old spellings are the ones every server accepts.
            return V2;
        }
    }

    public String dataset() {
        return dataset;
    }

    public String start() {
        return start;
    }

    public String stop() {
        return stop;
    }
}
