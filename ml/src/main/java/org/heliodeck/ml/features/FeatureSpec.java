package org.heliodeck.ml.features;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What features a model is built on, saved with it so that a scan builds exactly the same ones.
 *
 * @param inputs the parameters read, in order; a vector gives one column per component
 * @param cadence the step of the time grid the inputs are averaged onto
 * @param windows widths, in steps, of the centred sliding windows whose statistics are features
 * @param roles which input parameter plays which physical role in the derived features (keys from
 *     {@link #ROLES}); a derived feature whose roles are missing is left out
 */
public record FeatureSpec(List<InputSpec> inputs, Duration cadence, List<Integer> windows, Map<String, String> roles) {

    /** The physical roles the derived features use. */
    public static final List<String> ROLES = List.of("B_vector", "B_magnitude", "sigma_B", "N_p", "T_p", "V", "P_dyn", "beta");
    /** OMNI2's parameter names for the roles (the archive reader's names). */
    public static final Map<String, String> OMNI2_ROLES = omni2Roles();
    /** Window widths in steps: 3 to 49 hours at the hourly cadence, from a sheath's scale to a whole ICME and its surroundings. */
    public static final List<Integer> DEFAULT_WINDOWS = List.of(3, 9, 25, 49);

    public FeatureSpec {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a feature specification needs at least one input");
        }
        if (cadence.isNegative() || cadence.isZero()) {
            throw new IllegalArgumentException("the cadence must be positive, not " + cadence);
        }
        for (int w : windows) {
            if (w < 2) {
                throw new IllegalArgumentException("a window is at least 2 steps wide, not " + w);
            }
        }
        for (String role : roles.keySet()) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "'; roles: " + String.join(", ", ROLES));
            }
        }
        inputs = List.copyOf(inputs);
        windows = List.copyOf(windows);
        roles = Map.copyOf(roles);
    }

    /** The inputs given, at a cadence, with the default windows and the roles of OMNI2's names that are among the inputs. */
    public static FeatureSpec of(List<InputSpec> inputs, Duration cadence) {
        Map<String, String> roles = new LinkedHashMap<>();
        OMNI2_ROLES.forEach((role, parameter) -> {
            if (inputs.stream().anyMatch(i -> i.parameter().equals(parameter))) {
                roles.put(role, parameter);
            }
        });
        return new FeatureSpec(inputs, cadence, DEFAULT_WINDOWS, roles);
    }

    /** The widest window, in steps: how much data beyond a range its edge features look at. */
    public int widestWindow() {
        return windows.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static Map<String, String> omni2Roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("B_vector", "B_GSE");
        roles.put("B_magnitude", "B_magnitude");
        roles.put("sigma_B", "sigma_B");
        roles.put("N_p", "N_p");
        roles.put("T_p", "T_p");
        roles.put("V", "V");
        roles.put("P_dyn", "P_dyn");
        roles.put("beta", "beta");
        return Collections.unmodifiableMap(roles);
    }
}
