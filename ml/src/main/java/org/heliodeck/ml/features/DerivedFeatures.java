package org.heliodeck.ml.features;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Physics-derived features of the solar wind, computed step by step from the aligned inputs playing
 * the roles of {@link FeatureSpec#ROLES}: what distinguishes an ICME (strong, smooth, slowly rotating
 * field, low β, cold plasma) from the ambient wind. NaN in, NaN out.
 */
final class DerivedFeatures {

    private DerivedFeatures() {}

    /**
     * @param roles role → the input columns playing it (a vector role has one column a component)
     * @return feature name → values, only those whose roles are all present
     */
    static Map<String, double[]> of(Map<String, List<double[]>> roles, int n, Duration cadence) {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<double[]> vector = roles.get("B_vector");
        double[] magnitude = first(roles, "B_magnitude");
        if (magnitude == null && vector != null) {
            magnitude = norm(vector, n);
            out.put("B_norm", magnitude);
        }
        double[] sigma = first(roles, "sigma_B");
        if (sigma != null && magnitude != null) {
            out.put("sigmaB_over_B", ratio(sigma, magnitude, n));
        }
        if (vector != null) {
            out.put("rotation", rotation(vector, n));
        }
        double[] density = first(roles, "N_p");
        double[] temperature = first(roles, "T_p");
        double[] speed = first(roles, "V");
        if (first(roles, "beta") == null && density != null && temperature != null && magnitude != null) {
            out.put("beta_derived", beta(density, temperature, magnitude, n));
        }
        if (first(roles, "P_dyn") == null && density != null && speed != null) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                // OMNI2's definition, which counts 4 % of alphas: 2·10⁻⁶ Np V² nPa.
                p[i] = 2e-6 * density[i] * speed[i] * speed[i];
            }
            out.put("P_dyn_derived", p);
        }
        if (temperature != null && speed != null) {
            double[] ratio = new double[n];
            for (int i = 0; i < n; i++) {
                ratio[i] = temperature[i] / expectedTemperature(speed[i]);
            }
            out.put("T_over_T_expected", ratio);
        }
        if (speed != null) {
            out.put("V_gradient", gradient(speed, n, cadence));
        }
        return out;
    }

    /**
     * The proton temperature expected in the ambient solar wind at speed {@code v} km/s (Lopez &amp;
     * Freeman 1986, JGR 91, 1701): ICMEs are typically colder than half of it.
     */
    static double expectedTemperature(double v) {
        double root = v < 500 ? 0.031 * v - 5.1 : 0.51 * v - 142;
        return root * root * 1e3;
    }

    /** OMNI2's plasma β, electrons and alphas included: (4.16·10⁻⁵ T + 5.34) Np / B². */
    static double[] beta(double[] density, double[] temperature, double[] magnitude, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (4.16e-5 * temperature[i] + 5.34) * density[i] / (magnitude[i] * magnitude[i]);
        }
        return out;
    }

    /** Angle in degrees between the field directions one step before and one step after: 0 where it holds still. */
    static double[] rotation(List<double[]> vector, int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = 1; i + 1 < n; i++) {
            double dot = 0;
            double a2 = 0;
            double b2 = 0;
            for (double[] c : vector) {
                dot += c[i - 1] * c[i + 1];
                a2 += c[i - 1] * c[i - 1];
                b2 += c[i + 1] * c[i + 1];
            }
            double cos = dot / Math.sqrt(a2 * b2);
            // Math.max and min would turn a NaN cosine (a component missing) into ±1.
            out[i] = Double.isNaN(cos) ? Double.NaN : Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
        }
        return out;
    }

    /** Centred difference per hour. */
    private static double[] gradient(double[] v, int n, Duration cadence) {
        double hours = cadence.toNanos() / 3.6e12;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = 1; i + 1 < n; i++) {
            out[i] = (v[i + 1] - v[i - 1]) / (2 * hours);
        }
        return out;
    }

    private static double[] norm(List<double[]> vector, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double[] c : vector) {
                sum += c[i] * c[i];
            }
            out[i] = Math.sqrt(sum);
        }
        return out;
    }

    private static double[] ratio(double[] a, double[] b, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[i] / b[i];
        }
        return out;
    }

    private static double[] first(Map<String, List<double[]>> roles, String role) {
        List<double[]> columns = roles.get(role);
        return columns == null ? null : columns.getFirst();
    }
}
