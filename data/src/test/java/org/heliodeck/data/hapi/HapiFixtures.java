package org.heliodeck.data.hapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.heliodeck.core.testing.SharedData;

/** Recorded CDAWeb HAPI answers from the shared data, and clients of test servers. */
final class HapiFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private HapiFixtures() {}

    static String capabilities(String version, String... formats) {
        return "{\"HAPI\": \"" + version + "\", \"status\": {\"code\": 1200, \"message\": \"OK\"}, \"outputFormats\": "
                + List.of(formats).stream().map(f -> "\"" + f + "\"").toList() + "}";
    }

    static String catalog() throws IOException {
        return Files.readString(SharedData.file("services/cdaweb-hapi/nl_catalog.json"));
    }

    /** The recorded info of one ACE dataset, with a status as a server sends it. */
    static ObjectNode info(String dataset) throws IOException {
        JsonNode all = JSON.readTree(SharedData.file("services/cdaweb-hapi/nl_all_info_AC.json").toFile());
        for (JsonNode entry : all) {
            if (entry.path("id").asText().equals(dataset)) {
                ObjectNode info = (ObjectNode) entry.get("info").deepCopy();
                info.putObject("status").put("code", 1200).put("message", "OK");
                return info;
            }
        }
        throw new IllegalArgumentException(dataset + " is not in nl_all_info_AC.json");
    }

    static Path sample() {
        return SharedData.file("hapi/HAPI_sample_csv.csv");
    }

    /** The data lines of the CSV sample, without its header. */
    static List<String> sampleRows() throws IOException {
        return Files.readAllLines(sample(), StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }

    static HapiClient client(RecordedHapiServer server) {
        return client(server, Duration.ofSeconds(5), 3);
    }

    static HapiClient client(RecordedHapiServer server, Duration timeout, int attempts) {
        return new HapiClient(HapiEndpoint.of("test-hapi", server.url()),
                HapiClientSettings.DEFAULTS.withTimeouts(timeout, timeout).withRetries(attempts, Duration.ofMillis(10)));
    }
}
