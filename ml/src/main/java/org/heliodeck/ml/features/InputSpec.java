package org.heliodeck.ml.features;

/** One parameter of one product, as {@code PROVIDER/DATASET/PARAMETER}: an input of the features. */
public record InputSpec(String provider, String dataset, String parameter) {

    public InputSpec {
        for (String part : new String[] {provider, dataset, parameter}) {
            if (part == null || part.isBlank() || part.contains("/")) {
                throw new IllegalArgumentException("an input is PROVIDER/DATASET/PARAMETER, each part non-empty and"
                        + " without '/': got " + provider + "/" + dataset + "/" + parameter);
            }
        }
    }

    @Override
    public String toString() {
        return provider + "/" + dataset + "/" + parameter;
    }
}
