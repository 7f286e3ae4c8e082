package org.heliodeck.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.ml.eval.EventScore;
import org.heliodeck.ml.features.FeatureSpec;
import org.heliodeck.ml.features.InputSpec;

/**
 * A {@link DetectorModel} on disk: a zip holding {@value #DESCRIPTION} (format name and version, the
 * feature specification, catalog id, ranges, extraction settings, event stage settings, metrics;
 * readable by anyone), {@value #DETECTOR} (the detector's own bytes, read by the {@link DetectorKind}
 * the description names) and, when the model has an event stage, {@value #EVENT_STAGE} (its
 * classifier's bytes). Version 1 files (before event stages) read as models without one.
 */
public final class ModelFile {

    public static final String FORMAT = "heliodeck-detector";
    /** Raised when the layout changes; older versions stay readable or are refused with a message. */
    public static final int VERSION = 2;

    static final String DESCRIPTION = "model.json";
    static final String DETECTOR = "detector.bin";
    static final String EVENT_STAGE = "event-stage.bin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<DetectorKind> kinds;

    /** @param kinds the kinds of detector this reader can load */
    public ModelFile(List<DetectorKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** A reader of the kinds Heliodeck ships: XGBoost. */
    public static ModelFile standard() {
        return new ModelFile(List.of(new XgboostDetectorKind()));
    }

    public void write(DetectorModel model, Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(DESCRIPTION));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(describe(model)));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(DETECTOR));
            zip.write(model.detector().toBytes());
            zip.closeEntry();
            if (model.eventStage().isPresent()) {
                zip.putNextEntry(new ZipEntry(EVENT_STAGE));
                zip.write(model.eventStage().get().classifier().toBytes());
                zip.closeEntry();
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * @throws IOException when the file is not a model, is of a newer version, or names a kind of
     *     detector this reader does not know, saying which
     */
    public DetectorModel read(Path file) throws IOException {
        JsonNode description = null;
        byte[] detector = null;
        byte[] eventStage = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DESCRIPTION)) {
                    description = JSON.readTree(zip.readAllBytes());
                } else if (entry.getName().equals(DETECTOR)) {
                    detector = zip.readAllBytes();
                } else if (entry.getName().equals(EVENT_STAGE)) {
                    eventStage = zip.readAllBytes();
                }
            }
        }
        if (description == null || detector == null || !FORMAT.equals(description.path("format").asText())) {
            throw new IOException(file + " is not a Heliodeck detector model (a zip with " + DESCRIPTION + " and " + DETECTOR + ")");
        }
        int version = description.path("version").asInt();
        if (version > VERSION) {
            throw new IOException(file + " is a model of format version " + version + "; this Heliodeck reads up to " + VERSION);
        }
        Detector steps = kind(file, description.path("kind").asText()).load(detector);
        JsonNode stage = description.path("eventStage");
        if (stage.isObject() != (eventStage != null)) {
            throw new IOException(file + ": " + DESCRIPTION + " and " + EVENT_STAGE + " disagree on whether the model has an event stage");
        }
        try {
            Optional<EventStage> events = Optional.empty();
            if (eventStage != null) {
                events = Optional.of(eventStage(kind(file, stage.required("kind").asText()).load(eventStage), stage));
            }
            return model(steps, events, description);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": malformed " + DESCRIPTION + ": " + e.getMessage(), e);
        }
    }

    private DetectorKind kind(Path file, String name) throws IOException {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(
                () -> new IOException(file + ": unknown kind of detector '" + name + "'"));
    }

    private static ObjectNode describe(DetectorModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kind", model.detector().kind());
        ObjectNode features = root.putObject("features");
        ArrayNode inputs = features.putArray("inputs");
        model.spec().inputs().forEach(i -> inputs.add(i.toString()));
        features.put("cadence", model.spec().cadence().toString());
        ArrayNode windows = features.putArray("windows");
        model.spec().windows().forEach(windows::add);
        ObjectNode roles = features.putObject("roles");
        model.spec().roles().forEach(roles::put);
        ArrayNode names = features.putArray("columns");
        model.featureNames().forEach(names::add);
        root.put("catalog", model.catalogId());
        root.put("training", model.training().toString());
        root.put("validation", model.validation().toString());
        ObjectNode extraction = root.putObject("extraction");
        extraction.put("smoothing", model.extraction().smoothing());
        extraction.put("high", model.extraction().high());
        extraction.put("low", model.extraction().low());
        extraction.put("minDuration", model.extraction().minDuration().toString());
        extraction.put("mergeGap", model.extraction().mergeGap().toString());
        model.eventStage().ifPresent(stage -> {
            ObjectNode o = root.putObject("eventStage");
            o.put("kind", stage.classifier().kind());
            o.put("cut", stage.cut());
            ArrayNode columns = o.putArray("columns");
            stage.columns().forEach(columns::add);
            ArrayNode vector = o.putArray("vector");
            stage.vector().forEach(vector::add);
        });
        ArrayNode scores = root.putArray("validationScores");
        for (EventScore s : model.validationScores()) {
            ObjectNode o = scores.addObject();
            o.put("threshold", s.threshold());
            o.put("events", s.events());
            o.put("predictions", s.predictions());
            o.put("detected", s.detected());
            o.put("falsePositives", s.falsePositives());
            o.put("medianStartErrorHours", s.medianStartErrorHours());
            o.put("medianEndErrorHours", s.medianEndErrorHours());
            o.put("tightPredictions", s.tightPredictions());
            o.put("predictedHours", s.predictedHours());
            o.put("eventHours", s.eventHours());
            o.put("precision", s.precision());
            o.put("recall", s.recall());
            o.put("f1", s.f1());
        }
        ObjectNode facts = root.putObject("facts");
        model.facts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> facts.put(e.getKey(), e.getValue()));
        return root;
    }

    private static EventStage eventStage(Detector classifier, JsonNode stage) {
        List<String> columns = new ArrayList<>();
        stage.required("columns").forEach(c -> columns.add(c.asText()));
        List<String> vector = new ArrayList<>();
        stage.required("vector").forEach(c -> vector.add(c.asText()));
        return new EventStage(classifier, columns, vector, stage.required("cut").asDouble());
    }

    private static DetectorModel model(Detector detector, Optional<EventStage> eventStage, JsonNode root) {
        JsonNode f = root.required("features");
        List<InputSpec> inputs = new ArrayList<>();
        f.required("inputs").forEach(i -> {
            String[] parts = i.asText().split("/");
            if (parts.length != 3) {
                throw new IllegalArgumentException("input '" + i.asText() + "' is not PROVIDER/DATASET/PARAMETER");
            }
            inputs.add(new InputSpec(parts[0], parts[1], parts[2]));
        });
        List<Integer> windows = new ArrayList<>();
        f.required("windows").forEach(w -> windows.add(w.asInt()));
        Map<String, String> roles = new LinkedHashMap<>();
        f.required("roles").properties().forEach(e -> roles.put(e.getKey(), e.getValue().asText()));
        FeatureSpec spec = new FeatureSpec(inputs, Duration.parse(f.required("cadence").asText()), windows, roles);
        List<String> names = new ArrayList<>();
        f.required("columns").forEach(n -> names.add(n.asText()));
        JsonNode x = root.required("extraction");
        IntervalExtraction extraction = new IntervalExtraction(x.required("smoothing").asInt(), x.required("high").asDouble(),
                x.required("low").asDouble(), Duration.parse(x.required("minDuration").asText()),
                Duration.parse(x.required("mergeGap").asText()));
        List<EventScore> scores = new ArrayList<>();
        root.path("validationScores").forEach(s -> scores.add(new EventScore(s.required("threshold").asDouble(),
                s.required("events").asInt(), s.required("predictions").asInt(), s.required("detected").asInt(),
                s.required("falsePositives").asInt(), s.path("medianStartErrorHours").asDouble(Double.NaN),
                s.path("medianEndErrorHours").asDouble(Double.NaN), s.required("tightPredictions").asInt(),
                s.required("predictedHours").asDouble(), s.required("eventHours").asDouble())));
        Map<String, Double> facts = new LinkedHashMap<>();
        root.path("facts").properties().forEach(e -> facts.put(e.getKey(), e.getValue().asDouble()));
        return new DetectorModel(detector, spec, names, root.required("catalog").asText(),
                TimeRange.parse(root.required("training").asText()), TimeRange.parse(root.required("validation").asText()),
                extraction, scores, eventStage, facts);
    }
}
