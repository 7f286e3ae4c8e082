package org.heliodeck.data.inventory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.heliodeck.core.UserDirectories;
import org.heliodeck.core.io.DataFormatException;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;

/**
 * Providers' inventories on disk, one JSON-lines file per provider: a first line saying when it was
 * fetched, then one node per line. Start-up reads these instead of asking the network.
 */
public final class InventoryStore {

    /** A saved inventory and when it was fetched from its provider. */
    public record Saved(String provider, Instant fetched, List<InventoryNode> nodes) {

        public Saved {
            nodes = List.copyOf(nodes);
        }

        /** Whether it is older than {@code maxAge} at {@code now}. */
        public boolean olderThan(Duration maxAge, Instant now) {
            return fetched.plus(maxAge).isBefore(now);
        }
    }

    private static final int FORMAT = 1;
    private static final String SUFFIX = ".jsonl";
    /** Provider names become file names: {@code archive:omni2} must not be a path. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;

    public InventoryStore(Path directory) {
        this.directory = directory;
    }

    /** The store under the user's cache directory. */
    public static InventoryStore inUserCache() {
        return new InventoryStore(UserDirectories.current().cache().resolve("inventories"));
    }

    /** The inventory saved for a provider, if any. */
    public Optional<Saved> load(String provider) throws IOException {
        Path file = file(provider);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    /** Every saved inventory, by provider name (file order). */
    public List<Saved> loadAll() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        List<Saved> all = new ArrayList<>(files.size());
        for (Path f : files) {
            all.add(read(f));
        }
        return all;
    }

    /** Saves a provider's inventory, replacing the previous one whole (readers never see half a file). */
    public void save(Saved inventory) throws IOException {
        Files.createDirectories(directory);
        Path target = file(inventory.provider());
        Path partial = Files.createTempFile(directory, UNSAFE.matcher(inventory.provider()).replaceAll("_"), ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                ObjectNode header = MAPPER.createObjectNode()
                        .put("format", FORMAT)
                        .put("provider", inventory.provider())
                        .put("fetched", inventory.fetched().toString());
                out.write(MAPPER.writeValueAsString(header));
                out.write('\n');
                for (InventoryNode node : inventory.nodes()) {
                    out.write(MAPPER.writeValueAsString(toJson(node)));
                    out.write('\n');
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Forgets a provider's inventory; returns whether one was saved. */
    public boolean remove(String provider) throws IOException {
        return Files.deleteIfExists(file(provider));
    }

    private Path file(String provider) {
        return directory.resolve(UNSAFE.matcher(provider).replaceAll("_") + SUFFIX);
    }

    private static Saved read(Path file) throws IOException {
        String source = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new DataFormatException(source, "line 1", "empty inventory file");
            }
            JsonNode header = parse(first, source, 1);
            if (header.path("format").asInt() != FORMAT) {
                throw new DataFormatException(source, "line 1", "inventory file format " + header.path("format")
                        + " is not " + FORMAT + " (written by another Heliodeck version)");
            }
            Instant fetched;
            try {
                fetched = Instant.parse(header.path("fetched").asText());
            } catch (DateTimeParseException e) {
                throw new DataFormatException(source, "line 1", "'fetched' is not an instant: " + header.path("fetched"), e);
            }
            List<InventoryNode> nodes = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isEmpty()) {
                    nodes.add(fromJson(parse(line, source, number), source, number));
                }
            }
            return new Saved(header.path("provider").asText(), fetched, nodes);
        }
    }

    private static JsonNode parse(String line, String source, int number) {
        try {
            return MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new DataFormatException(source, "line " + number, "not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode toJson(InventoryNode n) {
        ObjectNode o = MAPPER.createObjectNode()
                .put("provider", n.provider())
                .put("path", n.path())
                .put("kind", n.kind().name())
                .put("id", n.id())
                .put("name", n.name())
                .put("description", n.description())
                .put("units", n.units())
                .put("coordinateSystem", n.coordinateSystem());
        if (n.cadence() != null) {
            o.put("cadence", n.cadence().toString());
        }
        if (n.coverage() != null) {
            // TT2000 nanoseconds: exact, and no leap-second table is needed to read them back.
            o.putArray("coverage").add(n.coverage().start()).add(n.coverage().stop());
        }
        ArrayNode components = o.putArray("components");
        n.components().forEach(components::add);
        ObjectNode extra = o.putObject("extra");
        n.extra().forEach(extra::put);
        return o;
    }

    private static InventoryNode fromJson(JsonNode o, String source, int line) {
        try {
            Duration cadence = o.hasNonNull("cadence") ? Duration.parse(o.get("cadence").asText()) : null;
            JsonNode range = o.path("coverage");
            TimeRange coverage = range.isArray() && range.size() == 2
                    ? new TimeRange(range.get(0).asLong(), range.get(1).asLong())
                    : null;
            List<String> components = new ArrayList<>();
            o.path("components").forEach(c -> components.add(c.asText()));
            Map<String, String> extra = new LinkedHashMap<>();
            o.path("extra").properties().forEach(e -> extra.put(e.getKey(), e.getValue().asText()));
            return new InventoryNode(o.path("provider").asText(), o.path("path").asText(),
                    NodeKind.valueOf(o.path("kind").asText()), o.path("id").asText(), o.path("name").asText(),
                    o.path("description").asText(), o.path("units").asText(), cadence, coverage,
                    o.path("coordinateSystem").asText(), components, extra);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new DataFormatException(source, "line " + line, "not an inventory node: " + e.getMessage(), e);
        }
    }
}
