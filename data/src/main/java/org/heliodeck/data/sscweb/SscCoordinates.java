package org.heliodeck.data.sscweb;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate systems SSCWeb computes positions in, each one {@code position_…} parameter of
 * every spacecraft. {@code urlName} is how a locations request names it; {@code answerName} how the
 * answer does.
 */
enum SscCoordinates {
    GEO("geo", "Geo"),
    GM("gm", "Gm"),
    GSE("gse", "Gse"),
    GSM("gsm", "Gsm"),
    SM("sm", "Sm"),
    GEI_TOD("geitod", "GeiTod"),
    GEI_J2000("geij2000", "GeiJ2000");

    static final String PARAMETER_PREFIX = "position_";

    private final String urlName;
    private final String answerName;

    SscCoordinates(String urlName, String answerName) {
        this.urlName = urlName;
        this.answerName = answerName;
    }

    String urlName() {
        return urlName;
    }

    /** The parameter of positions in this system, e.g. {@code position_gse}. */
    String parameter() {
        return PARAMETER_PREFIX + urlName;
    }

    /** The usual upper-case name, e.g. {@code GSE}, {@code GEI_TOD}. */
    String label() {
        return name();
    }

    static Optional<SscCoordinates> ofParameter(String parameter) {
        String p = parameter.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.parameter().equals(p)).findFirst();
    }

    static Optional<SscCoordinates> ofAnswer(String name) {
        return Arrays.stream(values()).filter(c -> c.answerName.equalsIgnoreCase(name.strip())).findFirst();
    }

    static List<String> parameters() {
        return Arrays.stream(values()).map(SscCoordinates::parameter).toList();
    }
}
