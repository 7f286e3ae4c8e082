package org.heliodeck.ml;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.IEvaluation;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.heliodeck.ml.features.FeatureTable;

/**
 * Gradient-boosted trees (XGBoost's histogram method) as a binary classifier of steps. Training stops
 * when the validation log-loss has not improved for {@value #PATIENCE} rounds; the booster keeps the
 * best round.
 */
public final class XgboostDetectorKind implements DetectorKind {

    public static final String NAME = "xgboost";

    static final int MAX_ROUNDS = 400;
    static final int PATIENCE = 40;

    private final Map<String, Object> parameters;

    /** The defaults: depth 6, learning rate 0.05, row and column subsampling 0.8, two threads, log-loss. */
    public XgboostDetectorKind() {
        this(defaults());
    }

    public XgboostDetectorKind(Map<String, Object> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Detector train(TrainingSet training, TrainingSet validation, long seed, TrainingProgress progress) {
        Map<String, Object> params = new LinkedHashMap<>(parameters);
        params.put("seed", seed);
        try {
            DMatrix train = matrix(training.features());
            train.setLabel(training.labels());
            DMatrix valid = matrix(validation.features());
            valid.setLabel(validation.labels());
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", train);
            watches.put("validation", valid);
            float[][] metrics = new float[watches.size()][MAX_ROUNDS];
            IEvaluation logLoss = new LogLossReporting(progress, MAX_ROUNDS, watches.size());
            Booster booster = XGBoost.train(train, params, MAX_ROUNDS, watches, metrics, null, logLoss, PATIENCE);
            train.dispose();
            valid.dispose();
            return new XgboostDetector(booster);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Detector refit(TrainingSet all, Detector validated, long seed, TrainingProgress progress) {
        return train(all, ((XgboostDetector) validated).rounds(), seed, progress);
    }

    /** Trains {@code rounds} rounds on {@code data}, with no early stopping. */
    Detector train(TrainingSet data, int rounds, long seed, TrainingProgress progress) {
        Map<String, Object> params = new LinkedHashMap<>(parameters);
        params.put("seed", seed);
        try {
            DMatrix matrix = matrix(data.features());
            matrix.setLabel(data.labels());
            // Round by round, with nothing evaluated: there is no validation to stop on, and a custom
            // evaluation (XGBoost4J's only per-round hook) predicts the whole matrix each round.
            Booster booster = XGBoost.train(matrix, params, 1, Map.of(), null, null);
            progress.round(1, rounds);
            for (int round = 1; round < rounds; round++) {
                booster.update(matrix, round);
                progress.round(round + 1, rounds);
            }
            matrix.dispose();
            return new XgboostDetector(booster);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Detector load(byte[] bytes) throws IOException {
        try {
            return new XgboostDetector(XGBoost.loadModel(bytes));
        } catch (XGBoostError e) {
            throw new IOException("not an XGBoost model: " + e.getMessage(), e);
        }
    }

    static DMatrix matrix(FeatureTable features) throws XGBoostError {
        return new DMatrix(features.rowMajor(), features.rows(), features.columns(), Float.NaN);
    }

    /** The default parameters with some replaced. */
    static XgboostDetectorKind withParameters(Map<String, Object> changed) {
        Map<String, Object> p = defaults();
        p.putAll(changed);
        return new XgboostDetectorKind(p);
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "logloss");
        p.put("tree_method", "hist");
        p.put("max_depth", 6);
        p.put("eta", 0.05);
        p.put("subsample", 0.8);
        p.put("colsample_bytree", 0.8);
        p.put("min_child_weight", 5);
        // Fixed rather than the machine's core count: the same seed then gives the same trees anywhere.
        p.put("nthread", 2);
        p.put("verbosity", 0);
        // XGBoost4J's own switch (not the native library's) for printing every round's metrics.
        p.put("silent", "true");
        p.put("maximize_evaluation_metrics", false);
        return p;
    }

    /**
     * The log-loss, computed here because XGBoost4J's only per-round hook is a custom evaluation,
     * which then replaces the built-in metrics (early stopping follows it on the validation set).
     * Reports each round.
     */
    private static final class LogLossReporting implements IEvaluation {
        private static final long serialVersionUID = 1L;
        private final transient TrainingProgress progress;
        private final int rounds;
        private final int watches;
        private int calls;

        LogLossReporting(TrainingProgress progress, int rounds, int watches) {
            this.progress = progress;
            this.rounds = rounds;
            this.watches = watches;
        }

        @Override
        public String getMetric() {
            return "logloss";
        }

        @Override
        public float eval(float[][] predicts, DMatrix dmat) {
            // Called once a watch a round; early stopping follows the last watch (the validation set).
            calls++;
            if (calls % watches == 0) {
                progress.round(calls / watches, rounds);
            }
            try {
                float[] labels = dmat.getLabel();
                double sum = 0;
                for (int i = 0; i < labels.length; i++) {
                    double p = Math.min(1 - 1e-7, Math.max(1e-7, predicts[i][0]));
                    sum -= labels[i] > 0 ? Math.log(p) : Math.log(1 - p);
                }
                return (float) (sum / labels.length);
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost gave no labels to evaluate: " + e.getMessage(), e);
            }
        }
    }
}
