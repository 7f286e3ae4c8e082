package org.heliodeck.data.archive;

import java.util.Comparator;

/** Orders file versions such as {@code 02}, {@code 3}, {@code 1.10.0} number by number; a missing number counts as 0. */
final class VersionOrder {

    static final Comparator<String> NUMERIC = VersionOrder::compare;

    private VersionOrder() {}

    private static int compare(String a, String b) {
        String[] x = a == null ? new String[0] : a.split("\\.");
        String[] y = b == null ? new String[0] : b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length && !x[i].isEmpty() ? Long.parseLong(x[i]) : 0;
            long q = i < y.length && !y[i].isEmpty() ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
