package org.heliodeck.cli;

import java.util.Arrays;
import java.util.List;

/** {@code PROVIDER/DATASET/P1[,P2…]} as typed on the command line. */
record ProductSpec(String provider, String dataset, List<String> parameters) {

    static ProductSpec parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("product '" + text + "' is not PROVIDER/DATASET/PARAMETER[,PARAMETER…]");
        }
        return new ProductSpec(parts[0], parts[1], Arrays.stream(parts[2].split(",")).map(String::strip).toList());
    }

    @Override
    public String toString() {
        return provider + "/" + dataset + "/" + String.join(",", parameters);
    }
}
