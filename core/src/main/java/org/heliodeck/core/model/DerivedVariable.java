package org.heliodeck.core.model;

import java.util.List;

/**
 * Builds a scalar variable from a formula over the records of one or more variables, on the
 * first's time axis: e.g. a dynamic pressure from a density and a speed.
 */
public final class DerivedVariable {

    private DerivedVariable() {}

    /** Computes one output sample from the current record of every input. */
    @FunctionalInterface
    public interface Formula {
        double apply(Inputs record);
    }

    /**
     * The current record of each input, as a formula reads it. One instance serves every record,
     * so that deriving allocates nothing per sample; a formula must not keep it.
     */
    public static final class Inputs {
        private final Values[] inputs;
        private int record;

        private Inputs(Values[] inputs) {
            this.inputs = inputs;
        }

        /** Element {@code element} of the current record of input {@code input} (0 is the first variable). */
        public double get(int input, int element) {
            return inputs[input].get(record, element);
        }

        /** Number of elements in a record of input {@code input}. */
        public int size(int input) {
            return inputs[input].recordSize();
        }
    }

    /** {@code formula} applied to each record of {@code input}. */
    public static Variable of(String name, Metadata metadata, Formula formula, Variable input) {
        return compute(name, metadata, formula, input, new Values[] {input.values()});
    }

    /**
     * {@code formula} applied at each time of {@code first}, with each of {@code others} (input 1,
     * 2, …) interpolated there by {@code interpolator}.
     */
    public static Variable of(String name, Metadata metadata, Formula formula, Interpolator interpolator,
            Variable first, Variable... others) {
        Values[] aligned = new Values[others.length + 1];
        aligned[0] = first.values();
        for (int k = 0; k < others.length; k++) {
            aligned[k + 1] = interpolator.interpolate(others[k].time(), others[k].values(), first.time());
        }
        return compute(name, metadata, formula, first, aligned);
    }

    private static Variable compute(String name, Metadata metadata, Formula formula, Variable first, Values[] aligned) {
        double[] out = new double[first.records()];
        Inputs inputs = new Inputs(aligned);
        for (int r = 0; r < out.length; r++) {
            inputs.record = r;
            out[r] = formula.apply(inputs);
        }
        return new Variable(first.product(), name, first.time(), Values.of(out), List.of(), metadata);
    }
}
