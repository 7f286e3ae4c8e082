package org.heliodeck.data.sscweb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.IsoTimeFormat;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.http.HttpFailure;
import org.heliodeck.data.http.HttpSettings;
import org.heliodeck.data.http.WebServiceProvider;

/**
 * NASA's Satellite Situation Center (SSCWeb) REST service as a provider: every spacecraft is a
 * dataset whose parameters are its position in each coordinate system SSCWeb computes
 * ({@code position_gse}, {@code position_gsm}…). A fetch asks {@code /locations} once for all the
 * systems wanted; positions come as 3-vectors in km, the unit of SSCWeb's answers to GET requests.
 */
public final class SscWebProvider extends WebServiceProvider {

    public static final String NAME = "sscweb";
    public static final URI DEFAULT_BASE = URI.create("https://sscweb.gsfc.nasa.gov/WS/sscr/2/");

    private static final IsoTimeFormat SECONDS = new IsoTimeFormat(0, false);
    private static final String UNITS = "km";
    private static final String RE = "Re";
    private static final String RE_SUFFIX = "_re";
    /** The Earth radius SSCWeb itself divides by when it gives distances in Re. */
    private static final double EARTH_RADIUS_KM = 6371.2;
    private static final List<String> XYZ = List.of("X", "Y", "Z");

    /** @param base the REST root, e.g. {@link #DEFAULT_BASE} */
    public SscWebProvider(URI base, HttpSettings settings) {
        super(NAME, base, settings);
    }

    @Override
    public List<InventoryNode> inventory() throws IOException {
        URI uri = base.resolve("observatories");
        List<SscObservatory> observatories = get(uri, "the observatories", FetchContext.UNWATCHED,
                body -> SscXml.observatories(body, uri.toString()));
        List<InventoryNode> nodes = new ArrayList<>();
        for (SscObservatory o : observatories) {
            Map<String, String> extra = new HashMap<>();
            if (!o.resourceId().isEmpty()) {
                extra.put("spaseId", o.resourceId());
            }
            if (!o.groups().isEmpty()) {
                extra.put("groups", String.join(",", o.groups()));
            }
            nodes.add(new InventoryNode(NAME, o.id(), NodeKind.DATASET, o.id(), o.name(),
                    "Position of " + o.name() + " computed by SSCWeb", "", o.resolution(), o.coverage(), "", List.of(),
                    extra));
            for (SscCoordinates system : SscCoordinates.values()) {
                for (boolean earthRadii : new boolean[] {false, true}) {
                    String parameter = system.parameter() + (earthRadii ? RE_SUFFIX : "");
                    nodes.add(new InventoryNode(NAME, o.id() + "/" + parameter, NodeKind.PARAMETER, parameter,
                            "position (" + system.label() + ")", o.name() + " position in " + system.label()
                            + " coordinates" + (earthRadii ? ", in Earth radii" : ""), earthRadii ? RE : UNITS,
                            o.resolution(), o.coverage(), system.label(), XYZ, Map.of()));
                }
            }
        }
        return nodes;
    }

    /**
     * The positions of spacecraft {@code dataset} in the coordinate systems the parameters name
     * ({@code position_gse}…; all of them when none is named), one 3-vector variable each.
     */
    @Override
    public List<Variable> fetch(String dataset, List<String> parameters, TimeRange range, FetchContext context)
            throws IOException {
        String start = basicTime(range.start());
        String stop = basicTime(range.stop());
        String subject = "positions of " + dataset + " over " + start + "/" + stop;
        if (range.isEmpty()) {
            throw failure(subject, "the range is empty: start is not before stop", null);
        }
        List<String> asked = parameters.isEmpty()
                ? Arrays.stream(SscCoordinates.values()).map(SscCoordinates::parameter).toList() : parameters;
        Set<SscCoordinates> systems = new LinkedHashSet<>();
        for (String parameter : asked) {
            systems.add(system(parameter).orElseThrow(() -> new IllegalArgumentException(NAME + ": " + dataset
                    + " has no parameter " + parameter + "; there are " + SscCoordinates.parameters()
                    + ", each also in Earth radii with the suffix " + RE_SUFFIX)));
        }
        String coords = systems.stream().map(SscCoordinates::urlName).collect(Collectors.joining(","));
        URI uri = base.resolve("locations/" + dataset + "/" + start + "," + stop + "/" + coords + "/");
        SscXml.Locations answer = get(uri, subject, context, body -> SscXml.locations(body, uri.toString()));
        if (!answer.status().equalsIgnoreCase("Success")) {
            throw failure(subject, "SSCWeb answered " + answer.status()
                    + (answer.statusText().isEmpty() ? "" : ": " + answer.statusText()), null);
        }
        List<Variable> variables = new ArrayList<>();
        for (String parameter : asked) {
            SscCoordinates system = system(parameter).orElseThrow();
            double[][] xyz = answer.positions().get(system);
            if (xyz == null) {
                throw failure(subject, "the answer has no positions in " + system.label(), null);
            }
            variables.add(vector(dataset, parameter, system, answer.times(), xyz, parameter.endsWith(RE_SUFFIX)));
        }
        return variables;
    }

    /** The coordinate system a parameter names, in km ({@code position_gse}) or Earth radii ({@code position_gse_re}). */
    private static Optional<SscCoordinates> system(String parameter) {
        String km = parameter.endsWith(RE_SUFFIX) ? parameter.substring(0, parameter.length() - RE_SUFFIX.length()) : parameter;
        return SscCoordinates.ofParameter(km);
    }

    private static Variable vector(String dataset, String parameter, SscCoordinates system, long[] times, double[][] xyz,
            boolean earthRadii) {
        double scale = earthRadii ? 1 / EARTH_RADIUS_KM : 1;
        double[] interleaved = new double[times.length * 3];
        for (int r = 0; r < times.length; r++) {
            for (int c = 0; c < 3; c++) {
                interleaved[3 * r + c] = xyz[c][r] * scale;
            }
        }
        Metadata metadata = Metadata.builder().units(earthRadii ? RE : UNITS).label("position (" + system.label() + ")")
                .coordinateSystem(system.label()).componentLabels(XYZ).build();
        return Variable.of(dataset, parameter, times, Values.of(interleaved, 3), List.of(), metadata);
    }

    @FunctionalInterface
    private interface XmlReader<T> {
        T read(InputStream body);
    }

    private <T> T get(URI uri, String subject, FetchContext context, XmlReader<T> reader) throws IOException {
        try {
            return http.get(uri, context, (body, type) -> reader.read(body));
        } catch (HttpFailure e) {
            throw failure(subject, e.getMessage(), e);
        }
    }

    /** SSCWeb's times: ISO 8601 basic, whole seconds, e.g. {@code 20060108T010000Z}. */
    private static String basicTime(long tt2000) {
        return SECONDS.format(tt2000).replace("-", "").replace(":", "");
    }

    private static IOException failure(String subject, String cause, Throwable reason) {
        return new IOException(NAME + ": " + subject + ": " + cause, reason);
    }
}
