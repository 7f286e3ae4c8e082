package org.heliodeck.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH benchmarks (same arguments as JMH's own main) and then prints, for each benchmark class,
 * how Heliodeck's method ({@code heliodeck}) compares with the peer measured in the same run
 * ({@code peer}).
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        System.out.println();
        System.out.println("Heliodeck against its peers (same JVM, same run):");
        for (String line : ratios(results)) {
            System.out.println(line);
        }
    }

    static List<String> ratios(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> byCase = new LinkedHashMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            int dot = benchmark.lastIndexOf('.');
            String owner = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            StringBuilder key = new StringBuilder(owner);
            for (String p : run.getParams().getParamsKeys()) {
                key.append(' ').append(p).append('=').append(run.getParams().getParam(p));
            }
            byCase.computeIfAbsent(key.toString(), k -> new LinkedHashMap<>())
                    .put(benchmark.substring(dot + 1), run.getPrimaryResult());
        }
        List<String> lines = new ArrayList<>();
        byCase.forEach((name, methods) -> {
            Result<?> ours = methods.get("heliodeck");
            Result<?> peer = methods.get("peer");
            if (ours == null || peer == null) {
                return;
            }
            // Time per operation: lower is better; throughput: higher is better.
            boolean timePerOp = ours.getScoreUnit().contains("/op");
            double speedup = timePerOp ? peer.getScore() / ours.getScore() : ours.getScore() / peer.getScore();
            lines.add(String.format(Locale.ROOT, "  %-40s heliodeck %s   peer %s   -> %.2fx %s",
                    name, describe(ours), describe(peer), speedup, speedup >= 1 ? "faster" : "slower (!)"));
        });
        return lines;
    }

    private static String describe(Result<?> r) {
        return String.format(Locale.ROOT, "%.3f ± %.3f %s", r.getScore(), r.getScoreError(), r.getScoreUnit());
    }
}
