package org.heliodeck.app.plot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.heliodeck.app.Product;
import org.heliodeck.app.StatusBar;
import org.heliodeck.core.model.DisplayType;
import org.heliodeck.core.model.FragmentMerger;
import org.heliodeck.core.model.ScaleType;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.DataAccess;
import org.heliodeck.data.FetchContext;
import org.heliodeck.data.LatestRequest;
import org.heliodeck.data.Provider;
import org.heliodeck.data.cache.CacheMode;
import org.heliodeck.data.cache.FragmentListener;
import org.heliodeck.data.cache.Lookup;
import org.heliodeck.plot.axis.AxisLabel;
import org.heliodeck.plot.LegendEntry;
import org.heliodeck.plot.color.ColorMap;
import org.heliodeck.plot.figure.Layer;
import org.heliodeck.plot.figure.SeriesLayer;
import org.heliodeck.plot.figure.SpectrogramLayer;
import org.heliodeck.plot.lod.LodPyramid;
import org.heliodeck.plot.series.SeriesRenderer;
import org.heliodeck.plot.series.VectorSeries;

/**
 * One product of a panel: its data, which grows as the user moves around, and the requests that
 * fetch it. A time series is built once, from the first data, and every later fragment merges into
 * it; a spectrogram is merged and its layer rebuilt when data arrives.
 *
 * <p>Threading: the data layer reports fragments on its own threads, and {@link VectorSeries} is
 * not thread-safe. Every fragment is therefore handed to the FX thread ({@code Platform.runLater})
 * and merged there, where the panel draws: the series is only ever touched by one thread. Merging
 * costs a copy of the series' arrays; decoding and I/O stay on the data layer's threads.
 *
 * <p>Each new range cancels the request before it ({@link LatestRequest}); what a cancelled
 * request already fetched stays cached and drawn. A little more than the visible range is asked
 * for ({@link #MARGIN} on each side), so that small pans are answered from what is loaded.
 */
public final class ProductSource {

    /** Fraction of the visible duration asked for beyond each side of it. */
    static final double MARGIN = 0.5;
    /** Provider lookups may read configuration or reach a server: never on the FX thread. */
    private static final Executor LOOKUPS = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("provider-lookup").factory());

    private final Product product;
    private final ProviderLookup providers;
    private final DataAccess access;
    private final StatusBar status;
    private final Runnable changed;
    private final Consumer<String> problem;
    private final int firstColour;
    private final LatestRequest latest = new LatestRequest();
    /** The ranges whose requests completed, joined where they touch (FX thread only). */
    private List<TimeRange> loaded = List.of();
    /** The range asked for and not answered yet, null when none (FX thread only). */
    private TimeRange pending;
    private VectorSeries series;
    private Variable spectrogram;
    private SpectrogramLayer spectrogramLayer;
    private String yTitle = "";
    private SeriesRenderer renderer = SeriesRenderer.LINES;
    private ColorMap colorMap = ColorMap.VIRIDIS;
    /** Whether its data asks for a log y axis (SCALETYP, or the bins' scale of a spectrogram); null before data. */
    private Boolean logScale;

    /**
     * @param changed run on the FX thread when data arrived (the panel redraws)
     * @param problem told on the FX thread what failed, or "" once a request succeeded
     * @param firstColour the {@link org.heliodeck.plot.series.Palette} index of its first component: products sharing a panel differ in colour
     */
    ProductSource(Product product, ProviderLookup providers, DataAccess access, StatusBar status, Runnable changed,
            Consumer<String> problem, int firstColour) {
        this.product = product;
        this.providers = providers;
        this.access = access;
        this.status = status;
        this.changed = changed;
        this.problem = problem;
        this.firstColour = firstColour;
    }

    public Product product() {
        return product;
    }

    /**
     * Makes sure the data of {@code visible} is loaded or on its way: nothing when it is loaded or
     * asked for already, otherwise a request (with margins) that supersedes the one under way. FX thread.
     */
    void show(TimeRange visible) {
        if (visible.subtract(loaded).isEmpty() || pending != null && pending.contains(visible)) {
            return;
        }
        TimeRange wanted = visible.zoom(1 + 2 * MARGIN, visible.start() + visible.duration() / 2);
        pending = wanted;
        FetchContext context = latest.next(bytes -> { });
        FragmentListener progress = status.listener(product.toString(), wanted);
        // What this request has merged already (FX thread only): the end of the request merges the rest, not all again.
        List<TimeRange> merged = new ArrayList<>();
        FragmentListener draw = (fragment, variables, done, total) -> {
            progress.arrived(fragment, variables, done, total);
            Platform.runLater(() -> {
                merge(variables);
                merged.add(fragment);
            });
        };
        List<String> parameters = List.of(product.parameter());
        CompletableFuture.supplyAsync(this::provider, LOOKUPS)
                .thenCompose(p -> cachedFirst(p, parameters, wanted, context, merged))
                .thenCompose(p -> access.getAsync(p, product.dataset(), parameters, wanted, CacheMode.NORMAL, context, draw))
                .whenComplete((lookup, failure) -> Platform.runLater(() -> finished(wanted, lookup, failure, merged)));
    }

    /** Stops the request under way (the panel is gone). */
    void cancel() {
        latest.cancel();
    }

    /** What the panel draws of this product, once it has data. FX thread. */
    Optional<Layer> layer() {
        if (series != null) {
            return Optional.of(new SeriesLayer(series));
        }
        return Optional.ofNullable(spectrogramLayer);
    }

    /** How its series is drawn (lines, steps, scatter; markers on exact points). FX thread. */
    void setRenderer(SeriesRenderer chosen) {
        renderer = chosen;
        if (series != null) {
            series = series.withRenderer(chosen);
        }
        changed.run();
    }

    public SeriesRenderer renderer() {
        return renderer;
    }

    /** The colours of its spectrogram. FX thread. */
    void setColorMap(ColorMap chosen) {
        colorMap = chosen;
        if (spectrogram != null) {
            spectrogramLayer = SpectrogramLayer.of(spectrogram, chosen);
        }
        changed.run();
    }

    public ColorMap colorMap() {
        return colorMap;
    }

    /** Whether its data is a spectrogram (known once data came). */
    public boolean isSpectrogram() {
        return spectrogram != null;
    }

    /** The y axis title its data asks for, "" before data. */
    String yTitle() {
        return yTitle;
    }

    /** Whether its data asks for a log y axis, once it has data. */
    Optional<Boolean> logScale() {
        return Optional.ofNullable(logScale);
    }

    /** The times of its first and last loaded records, if any. */
    Optional<TimeRange> dataSpan() {
        if (series != null && series.components().getFirst().size() > 0) {
            LodPyramid p = series.components().getFirst();
            return Optional.of(new TimeRange(p.time(0), p.time(p.size() - 1)));
        }
        if (spectrogram != null && spectrogram.records() > 0) {
            return Optional.of(new TimeRange(spectrogram.time().get(0), spectrogram.time().get(spectrogram.records() - 1)));
        }
        return Optional.empty();
    }

    /**
     * The values at {@code time} for the crosshair: the nearest sample of each component, when one
     * lies within the series' gap threshold; empty where there is no value to read.
     */
    String valuesAt(long time) {
        if (series == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<LegendEntry> names = series.legend();
        for (int c = 0; c < names.size(); c++) {
            LodPyramid p = series.components().get(c);
            int i = nearest(p, time);
            if (i >= 0) {
                parts.add(names.get(c).name() + " " + String.format(Locale.ROOT, "%.4g", p.value(i)));
            }
        }
        return String.join("  ", parts);
    }

    private static int nearest(LodPyramid p, long time) {
        int after = p.indexAtOrAfter(time);
        int best = -1;
        long distance = Long.MAX_VALUE;
        for (int i = Math.max(0, after - 1); i <= Math.min(p.size() - 1, after); i++) {
            long d = Math.abs(p.time(i) - time);
            if (d < distance) {
                best = i;
                distance = d;
            }
        }
        return best >= 0 && distance <= p.gapThreshold() && Double.isFinite(p.value(best)) ? best : -1;
    }

    /**
     * Shows what the cache holds of {@code wanted} before the missing fragments are fetched: the
     * fetching request reports only the fragments it fetches, and its cached parts only when all
     * are in. Local archives have no cache in front of them and are read once.
     */
    private CompletableFuture<Provider> cachedFirst(Provider p, List<String> parameters, TimeRange wanted,
            FetchContext context, List<TimeRange> merged) {
        if (!p.isRemote()) {
            return CompletableFuture.completedFuture(p);
        }
        return access.getAsync(p, product.dataset(), parameters, wanted, CacheMode.OFFLINE, context, FragmentListener.NONE)
                .thenApply(cached -> {
                    Platform.runLater(() -> {
                        merge(cached.variables());
                        merged.addAll(wanted.subtract(cached.missing()));
                    });
                    return p;
                });
    }

    private Provider provider() {
        try {
            return providers.require(product.provider());
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private void finished(TimeRange wanted, Lookup lookup, Throwable failure, List<TimeRange> merged) {
        if (wanted.equals(pending)) {
            pending = null;
        }
        if (failure == null) {
            // Local archives report no fragments: all of it is new here. A remote source's cached parts and
            // fragments were merged as they came; what is left is what another panel's request cached meanwhile.
            for (TimeRange rest : wanted.subtract(merged)) {
                merge(lookup.variables().stream().map(v -> v.slice(rest)).toList());
            }
            List<TimeRange> more = new ArrayList<>(loaded);
            more.add(wanted);
            loaded = TimeRange.union(more);
            problem.accept("");
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CancellationException) {
            return; // superseded by a newer range: nothing went wrong
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        status.error(product.toString(), wanted, message);
        problem.accept(product + ": " + message);
    }

    private void merge(List<Variable> variables) {
        if (variables.isEmpty() || variables.getFirst().records() == 0) {
            return;
        }
        Variable v = variables.getFirst();
        try {
            add(v);
        } catch (IllegalArgumentException notPlottable) {
            problem.accept(product + ": cannot be plotted: " + notPlottable.getMessage());
            return;
        }
        changed.run();
    }

    private void add(Variable v) {
        if (isSpectrogram(v)) {
            spectrogram = spectrogram == null ? v : FragmentMerger.merge(List.of(spectrogram, v));
            spectrogramLayer = SpectrogramLayer.of(spectrogram, colorMap);
            yTitle = AxisLabel.of(v.axes().getFirst());
            logScale = v.axes().getFirst().scale() == ScaleType.LOG;
        } else if (series == null) {
            series = VectorSeries.of(v, renderer).recoloured(firstColour);
            yTitle = AxisLabel.of(v.metadata());
            logScale = v.metadata().scaleType() == ScaleType.LOG;
        } else {
            series.add(v);
        }
    }

    private static boolean isSpectrogram(Variable v) {
        return v.metadata().displayType() == DisplayType.SPECTROGRAM && v.values().shape().length == 1 && !v.axes().isEmpty();
    }
}
