package org.heliodeck.app.catalog;

/**
 * Reference boundaries for the maps of event positions, in Earth radii, in a plane containing the
 * Sun–Earth line (x towards the Sun), both symmetric about it:
 * <ul>
 * <li>the magnetopause of Shue et al. (1998), r = r0 (2 / (1 + cos θ))^α, for a solar wind dynamic
 *     pressure of 2 nPa and Bz = 0: r0 = 10.2 Re, α = 0.59;
 * <li>the bow shock as a conic with its focus at the Earth, r = L / (1 + ε cos θ), with ε = 0.81 and
 *     L = 24.8 Re (the average shape fitted by Farris et al., 1991; nose at 13.7 Re).
 * </ul>
 */
public final class NominalBoundaries {

    /** Shue et al. (1998) for Dp = 2 nPa, Bz = 0 nT. */
    public static final double MAGNETOPAUSE_R0 = (10.22 + 1.29 * Math.tanh(0.184 * 8.14)) * Math.pow(2, -1 / 6.6);
    public static final double MAGNETOPAUSE_ALPHA = 0.58 * (1 + 0.024 * Math.log(2));
    public static final double BOW_SHOCK_ECCENTRICITY = 0.81;
    public static final double BOW_SHOCK_SEMI_LATUS = 24.8;

    private NominalBoundaries() {}

    /** The magnetopause from θ = −maxAngle to +maxAngle: {xs, ys}. */
    public static double[][] magnetopause(double maxAngle, int points) {
        return curve(maxAngle, points, theta -> MAGNETOPAUSE_R0 * Math.pow(2 / (1 + Math.cos(theta)), MAGNETOPAUSE_ALPHA));
    }

    /** The bow shock, as far round as {@code maxAngle} (an ellipse, ε < 1: meaningful on the day side and flanks only). */
    public static double[][] bowShock(double maxAngle, int points) {
        return curve(maxAngle, points, theta -> BOW_SHOCK_SEMI_LATUS / (1 + BOW_SHOCK_ECCENTRICITY * Math.cos(theta)));
    }

    private static double[][] curve(double maxAngle, int points, java.util.function.DoubleUnaryOperator radius) {
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            double theta = -maxAngle + 2 * maxAngle * i / (points - 1);
            double r = radius.applyAsDouble(theta);
            xs[i] = r * Math.cos(theta);
            ys[i] = r * Math.sin(theta);
        }
        return new double[][] {xs, ys};
    }
}
