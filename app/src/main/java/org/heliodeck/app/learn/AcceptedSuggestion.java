package org.heliodeck.app.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heliodeck.app.Product;
import org.heliodeck.app.catalog.EventMetadata;
import org.heliodeck.app.plot.ProviderLookup;
import org.heliodeck.catalog.Event;
import org.heliodeck.formats.catalog.AttributeValue;
import org.heliodeck.ml.Suggestion;

/**
 * The event a suggestion becomes once accepted: what an event drawn by hand records (author,
 * products, their missions), tagged {@value #TAG}, with the detector's {@value #CONFIDENCE} and which
 * detector it was ({@value #DETECTOR}), so that machine-found events can always be told apart and
 * their origin traced. Reads inventories: off the FX thread.
 */
final class AcceptedSuggestion {

    static final String TAG = "suggested";
    static final String CONFIDENCE = "confidence";
    static final String DETECTOR = "detector";

    private AcceptedSuggestion() {}

    /** @param detector names the model (its file, or the catalog it learnt from) */
    static Event of(Suggestion suggestion, String author, List<Product> products, ProviderLookup providers, String detector) {
        Event event = EventMetadata.of(suggestion.range(), author, products, providers);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(event.attributes());
        attributes.put(CONFIDENCE, AttributeValue.real(suggestion.confidence()));
        attributes.put(DETECTOR, AttributeValue.text(detector));
        return event.withTags(List.of(TAG)).withAttributes(attributes);
    }
}
