package org.heliodeck.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * Which runs of records a merge copies from which fragment, in output order: a k-way merge of
 * the fragments' time axes that advances a whole run at a time. A fragment's run extends up to the
 * next time another fragment has to offer, found by binary search, so sorted disjoint fragments
 * give one run each and overlapping ones a few runs more; the samples are then copied run by run.
 *
 * <p>Where several fragments hold the same time, only the record of the last such fragment in
 * the list is kept.
 */
final class MergePlan {

    /** Receives one run: {@code count} records of fragment {@code fragment} from {@code from}, to output record {@code at}. */
    @FunctionalInterface
    interface RunCopier {
        void copy(int fragment, int from, int count, int at);
    }

    private final List<TimeAxis> fragments;
    private final int[] cursor;
    /** Fragments with records left, as a binary min-heap by (time at cursor, fragment index). */
    private final int[] heap;
    private int heapSize;
    /** The runs, three ints each: fragment, first record, count. */
    private int[] runs = new int[48];
    private int runCount;
    private int records;

    private MergePlan(List<TimeAxis> fragments) {
        this.fragments = fragments;
        this.cursor = new int[fragments.size()];
        this.heap = new int[fragments.size()];
    }

    static MergePlan of(List<TimeAxis> fragments) {
        MergePlan plan = new MergePlan(fragments);
        plan.build();
        return plan;
    }

    /** Number of records in the merged output. */
    int records() {
        return records;
    }

    /** Hands each run to {@code copier}, in output order. */
    void forEachRun(RunCopier copier) {
        int at = 0;
        for (int r = 0; r < runCount; r++) {
            int count = runs[3 * r + 2];
            copier.copy(runs[3 * r], runs[3 * r + 1], count, at);
            at += count;
        }
    }

    private void build() {
        for (int f = 0; f < fragments.size(); f++) {
            if (fragments.get(f).size() > 0) {
                push(f);
            }
        }
        while (heapSize > 0) {
            int f = pop();
            TimeAxis axis = fragments.get(f);
            int end = axis.size();
            if (heapSize > 0) {
                long nextOffered = timeAtCursor(heap[0]);
                if (timeAtCursor(f) == nextOffered) {
                    // The heap orders equal times by fragment index: a later fragment has this
                    // time too and its record wins, so this one is dropped.
                    end = cursor[f] + 1;
                    cursor[f] = end;
                    if (end < axis.size()) {
                        push(f);
                    }
                    continue;
                }
                end = axis.indexAtOrAfter(nextOffered);
            }
            addRun(f, cursor[f], end - cursor[f]);
            cursor[f] = end;
            if (end < axis.size()) {
                push(f);
            }
        }
    }

    private void addRun(int fragment, int from, int count) {
        if (3 * runCount + 3 > runs.length) {
            runs = Arrays.copyOf(runs, runs.length * 2);
        }
        runs[3 * runCount] = fragment;
        runs[3 * runCount + 1] = from;
        runs[3 * runCount + 2] = count;
        runCount++;
        records = Math.addExact(records, count);
    }

    private long timeAtCursor(int fragment) {
        return fragments.get(fragment).get(cursor[fragment]);
    }

    private boolean before(int a, int b) {
        long ta = timeAtCursor(a);
        long tb = timeAtCursor(b);
        return ta < tb || (ta == tb && a < b);
    }

    private void push(int fragment) {
        int i = heapSize++;
        heap[i] = fragment;
        while (i > 0 && before(heap[i], heap[(i - 1) / 2])) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private int pop() {
        int top = heap[0];
        heap[0] = heap[--heapSize];
        int i = 0;
        while (true) {
            int smallest = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < heapSize; child++) {
                if (before(heap[child], heap[smallest])) {
                    smallest = child;
                }
            }
            if (smallest == i) {
                return top;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int i, int j) {
        int t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }
}
