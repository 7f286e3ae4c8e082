package org.heliodeck.app;

import java.util.Objects;

/**
 * A parameter a user can plot, named as the data layer asks for it: {@code provider/dataset/parameter}
 * (the form {@code heliodeck get} takes).
 */
public record Product(String provider, String dataset, String parameter) {

    public Product {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(parameter, "parameter");
    }

    /** Reads {@code provider/dataset/parameter}, as {@link #toString} writes it. */
    public static Product parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not a product: expected provider/dataset/parameter");
        }
        return new Product(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return provider + "/" + dataset + "/" + parameter;
    }
}
