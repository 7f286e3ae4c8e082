package org.heliodeck.data.inventory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the coordinate system a parameter is given in when the provider only says so in words
 * ("Magnetic field vector in GSE Cartesian coordinates", {@code b_gsm}, {@code imf_gse}): neither
 * AMDA's tree nor HAPI 2 infos have a field for it.
 */
final class CoordinateSystems {

    /** The frames of the ISTP and SPASE vocabularies that appear in in-situ product names, most specific first. */
    private static final List<String> NAMES = List.of(
            "GSE", "GSM", "GSEQ", "RTN", "SM", "GEO", "GEI", "J2000", "MAG", "HGI", "HEE", "HAE", "HEEQ", "HCI", "SE", "SC",
            "MSO", "VSO", "IAU_SUN", "KSM", "JSO", "ECLIPJ2000");

    /** A name standing alone or between {@code _}, {@code -}, blanks or punctuation, in any case. */
    private static final Pattern WORD = Pattern.compile("(?i)(?<![A-Za-z0-9])(" + String.join("|", NAMES.stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")(?![A-Za-z0-9])");

    private CoordinateSystems() {}

    /**
     * The first frame named in the id, else the name, else the description, upper-case; empty when
     * none names one. Two-letter names that are also words or prefixes ({@code SM}, {@code SE},
     * {@code SC} as in {@code SC_pos_GSE}) count only when no longer name is found, and only in ids
     * and names, where they cannot be prose.
     */
    static String find(String id, String name, String description) {
        for (String text : new String[] {id, name, description}) {
            String found = first(text, false);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return first(id + " " + name, true);
    }

    private static String first(String text, boolean shortNames) {
        if (text == null) {
            return "";
        }
        Matcher m = WORD.matcher(text.replace('_', ' '));
        while (m.find()) {
            String frame = m.group(1).toUpperCase(Locale.ROOT);
            if (shortNames || frame.length() > 2) {
                return frame;
            }
        }
        return "";
    }
}
