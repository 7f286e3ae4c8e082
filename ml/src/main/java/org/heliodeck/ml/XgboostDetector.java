package org.heliodeck.ml;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.heliodeck.ml.features.FeatureTable;

/** A trained XGBoost booster as a {@link Detector}; saved in XGBoost's own UBJSON model format. */
final class XgboostDetector implements Detector {

    private final Booster booster;
    /** The trees to predict with: up to the best validation round, when training stopped early. */
    private final int[] rounds;

    XgboostDetector(Booster booster) throws XGBoostError {
        this.booster = booster;
        String best = booster.getAttr("best_iteration");
        this.rounds = best == null ? new int[] {0, 0} : new int[] {0, Integer.parseInt(best) + 1};
    }

    /** How many boosting rounds predictions use. */
    int rounds() {
        try {
            return rounds[1] > 0 ? rounds[1] : booster.getNumBoostedRound();
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not count its rounds: " + e.getMessage(), e);
        }
    }

    @Override
    public String kind() {
        return XgboostDetectorKind.NAME;
    }

    @Override
    public float[] score(FeatureTable features) {
        if (features.rows() == 0) {
            return new float[0];
        }
        try {
            float[][] predicted = booster.inplace_predict(features.rowMajor(), features.rows(), features.columns(), Float.NaN,
                    rounds);
            float[] out = new float[predicted.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = predicted[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] toBytes() {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not serialise its model: " + e.getMessage(), e);
        }
    }
}
