package org.heliodeck.app.workspace;

/**
 * The version of the workspace file format, {@code major.minor}: a newer minor version only adds
 * fields (an older Heliodeck reads it, ignoring them), a newer major one changes what fields mean,
 * so it is refused.
 */
record FormatVersion(int major, int minor) {

    static final FormatVersion CURRENT = new FormatVersion(1, 0);

    FormatVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version " + major + "." + minor + " is negative");
        }
    }

    static FormatVersion parse(String text) {
        int dot = text.indexOf('.');
        try {
            if (dot > 0) {
                return new FormatVersion(Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what is expected.
        }
        throw new IllegalArgumentException("'" + text + "' is not a version: expected MAJOR.MINOR, e.g. " + CURRENT);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
