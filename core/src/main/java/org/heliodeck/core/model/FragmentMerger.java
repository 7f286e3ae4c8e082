package org.heliodeck.core.model;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Joins fragments of one variable (pieces downloaded or cached separately) into one variable
 * sorted by time. Where fragments overlap, a time present in several is kept once, with the
 * record of the fragment that comes last in the list: a newer download replaces an older one.
 * Gaps between fragments stay gaps. Sorted, disjoint fragments cost one copy each.
 */
public final class FragmentMerger {

    private FragmentMerger() {}

    /**
     * @throws IllegalArgumentException when {@code fragments} is empty or the fragments are not of
     *     the same product and variable, with the same record shape, element type and bins
     */
    public static Variable merge(List<Variable> fragments) {
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("no fragments to merge");
        }
        Variable first = fragments.getFirst();
        for (int i = 1; i < fragments.size(); i++) {
            requireJoinable(first, fragments.get(i), i);
        }
        List<Variable> nonEmpty = fragments.stream().filter(f -> f.records() > 0).toList();
        if (nonEmpty.size() <= 1) {
            return nonEmpty.isEmpty() ? first : nonEmpty.getFirst();
        }
        List<TimeAxis> times = nonEmpty.stream().map(Variable::time).toList();
        MergePlan plan = MergePlan.of(times);
        List<Axis> axes = IntStream.range(0, first.axes().size())
                .mapToObj(d -> Axis.merged(nonEmpty.stream().map(f -> f.axes().get(d)).toList(), plan))
                .toList();
        return new Variable(first.product(), first.name(), TimeAxis.merged(times, plan),
                Values.merged(nonEmpty.stream().map(Variable::values).toList(), plan), axes, first.metadata());
    }

    private static void requireJoinable(Variable first, Variable other, int index) {
        String problem;
        if (!first.product().equals(other.product()) || !first.name().equals(other.name())) {
            problem = "it is " + other.product() + "/" + other.name();
        } else if (!first.values().sameLayout(other.values())) {
            problem = "its records are " + other.values() + ", not " + first.values();
        } else if (first.axes().size() != other.axes().size() || !IntStream.range(0, first.axes().size())
                .allMatch(d -> first.axes().get(d).joinsWith(other.axes().get(d)))) {
            problem = "its bins differ";
        } else {
            return;
        }
        throw new IllegalArgumentException("cannot merge fragment " + index + " into " + first.product() + "/"
                + first.name() + ": " + problem);
    }
}
