package org.heliodeck.formats.hapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of a HAPI dataset: an {@code /info} response, or the header of a data response.
 * Read and written by {@link HapiInfoJson}; tolerant of the differences between HAPI 2.0 and 3.3.
 *
 * @param version the {@code HAPI} member, e.g. {@code 3.3}
 * @param status present in responses, absent in stored infos
 * @param format the data format a data response's header announces ({@code csv}, {@code binary},
 *     {@code json}); servers get it wrong, so readers trust the bytes instead
 * @param parameters in order; in a data response the first is the time
 * @param startDate the first time of the dataset, as written
 * @param stopDate the end of the dataset, as written
 * @param extras every other member ({@code cadence}, {@code description}, {@code x_...}...), by name,
 *     each as JSON text, in document order
 */
public record HapiInfo(
        String version,
        Optional<HapiStatus> status,
        Optional<String> format,
        List<HapiParameter> parameters,
        Optional<String> startDate,
        Optional<String> stopDate,
        Map<String, String> extras) {

    /** The specification version Heliodeck writes when it makes an info of its own. */
    public static final String CURRENT_VERSION = "3.3";

    public HapiInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(format, "format");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(stopDate, "stopDate");
        extras = JsonMembers.copyOf(extras);
    }

    /** An info holding only these parameters, in the current version. */
    public static HapiInfo of(List<HapiParameter> parameters) {
        return new HapiInfo(CURRENT_VERSION, Optional.empty(), Optional.empty(), parameters, Optional.empty(),
                Optional.empty(), Map.of());
    }

    public Optional<HapiParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The info of a data request for {@code names}: the time parameter and those named, in this
     * info's order, as a server sends them for {@code parameters=...}.
     *
     * @throws IllegalArgumentException naming a parameter this info does not have
     */
    public HapiInfo select(List<String> names) {
        for (String name : names) {
            if (parameter(name).isEmpty()) {
                throw new IllegalArgumentException("the dataset has no parameter '" + name + "'");
            }
        }
        List<HapiParameter> kept = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (i == 0 || names.contains(parameters.get(i).name())) {
                kept.add(parameters.get(i));
            }
        }
        return withParameters(kept);
    }

    /** The member {@code name} of {@link #extras()} when it is a JSON string or number, as text. */
    public Optional<String> text(String name) {
        return Optional.ofNullable(extras.get(name)).flatMap(HapiInfoJson::scalarText);
    }

    public HapiInfo withParameters(List<HapiParameter> newParameters) {
        return new HapiInfo(version, status, format, newParameters, startDate, stopDate, extras);
    }

    public HapiInfo withFormat(String newFormat) {
        return new HapiInfo(version, status, Optional.of(newFormat), parameters, startDate, stopDate, extras);
    }

    public HapiInfo withStatus(HapiStatus newStatus) {
        return new HapiInfo(version, Optional.of(newStatus), format, parameters, startDate, stopDate, extras);
    }
}
