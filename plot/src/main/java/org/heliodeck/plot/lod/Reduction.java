package org.heliodeck.plot.lod;

/**
 * What one frame draws of a series: per-pixel-column summaries when there is more data than
 * pixels, the exact samples otherwise. Horizontal positions are pixels from the mapping's left edge.
 */
public sealed interface Reduction permits ColumnReduction, RawPoints {}
