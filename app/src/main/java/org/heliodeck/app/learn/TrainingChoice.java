package org.heliodeck.app.learn;

import java.time.Duration;
import java.util.List;
import org.heliodeck.app.Product;
import org.heliodeck.catalog.Catalog;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.LabelCatalog;
import org.heliodeck.ml.TrainingRequest;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.InputSpec;

/**
 * What the user chose to train on: a catalog of the store, the products whose data become features,
 * the range, the step of the time grid and the widths of the sliding windows (in steps), and whether
 * the detector is trained again on the whole range once validation has chosen its size.
 */
record TrainingChoice(Catalog catalog, List<Product> products, TimeRange range, Duration cadence, List<Integer> windows,
        boolean refit) {

    /** The last quarter of the range validates, as the command line does by default. */
    static final double VALIDATION = 0.25;
    /** A step is an event step when half of it lies in one, as on the command line. */
    static final double LABEL_THRESHOLD = 0.5;
    static final long SEED = 42;

    TrainingChoice {
        if (products.isEmpty()) {
            throw new IllegalArgumentException("no products to learn from: drop some on the list, or take the panels' products");
        }
        products = List.copyOf(products);
        windows = List.copyOf(windows);
    }

    /** The features: the products' parameters, with OMNI2's physical roles where their names match. */
    FeatureSpec spec() {
        List<InputSpec> inputs = products.stream().map(p -> new InputSpec(p.provider(), p.dataset(), p.parameter())).toList();
        FeatureSpec standard = FeatureSpec.of(inputs, cadence);
        return new FeatureSpec(standard.inputs(), cadence, windows, standard.roles());
    }

    /** The request, with the catalog's events read from the store. */
    TrainingRequest request(LabelCatalog labels) {
        return new TrainingRequest(labels, spec(), range, VALIDATION, LABEL_THRESHOLD, SEED, refit, false);
    }
}
