package org.heliodeck.data.hapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.formats.hapi.HapiInfo;
import org.heliodeck.formats.hapi.HapiInfoJson;

/** Reads the JSON answers of {@code capabilities}, {@code catalog} and {@code about}. */
final class HapiMetadataJson {

    private HapiMetadataJson() {}

    static HapiCapabilities capabilities(JsonNode root, String source) {
        List<String> formats = new ArrayList<>();
        JsonNode listed = root.path("outputFormats");
        if (!listed.isArray()) {
            throw new DataFormatException(source, "outputFormats", "not an array of format names");
        }
        listed.forEach(f -> formats.add(f.asText()));
        return new HapiCapabilities(root.path("HAPI").asText(""), formats, maxRequestDuration(root));
    }

    static List<HapiCatalogEntry> catalog(JsonNode root, String source) {
        JsonNode listed = root.path("catalog");
        if (!listed.isArray()) {
            throw new DataFormatException(source, "catalog", "not an array of datasets");
        }
        List<HapiCatalogEntry> out = new ArrayList<>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            JsonNode entry = listed.get(i);
            if (!entry.path("id").isTextual()) {
                throw new DataFormatException(source, "catalog[" + i + "]", "has no id");
            }
            JsonNode title = entry.path("title");
            out.add(new HapiCatalogEntry(entry.get("id").asText(),
                    title.isTextual() ? Optional.of(title.asText()) : Optional.empty()));
        }
        return out;
    }

    /** The infos a {@code catalog?include=all} answer holds, by dataset id; entries without one, or with one
     * that cannot be read, are left out. */
    static Map<String, HapiInfo> catalogInfos(JsonNode root, String source) {
        Map<String, HapiInfo> infos = new LinkedHashMap<>();
        for (JsonNode entry : root.path("catalog")) {
            JsonNode info = entry.path("info");
            if (entry.path("id").isTextual() && info.isObject()) {
                try {
                    infos.put(entry.get("id").asText(), HapiInfoJson.parse(info.toString(), source, "info of " + entry.get("id").asText()));
                } catch (DataFormatException unreadable) {
                    // One bad info must not hide the catalog: that dataset's info is asked for alone when needed.
                }
            }
        }
        return infos;
    }

    static HapiAbout about(JsonNode root) {
        JsonNode description = root.path("description");
        return new HapiAbout(root.path("id").asText(""), root.path("title").asText(""),
                root.path("contact").asText(""),
                description.isTextual() ? Optional.of(description.asText()) : Optional.empty());
    }

    /** The longest range one data request of the dataset may span, from its info, where it says. */
    static Optional<Duration> maxRequestDuration(HapiInfo info) {
        return info.text("maxRequestDuration").or(() -> info.text("x_maxRequestDuration"))
                .flatMap(IsoDurations::parse);
    }

    private static Optional<Duration> maxRequestDuration(JsonNode root) {
        JsonNode d = root.path("maxRequestDuration");
        if (!d.isTextual()) {
            d = root.path("x_maxRequestDuration");
        }
        return d.isTextual() ? IsoDurations.parse(d.asText()) : Optional.empty();
    }
}
