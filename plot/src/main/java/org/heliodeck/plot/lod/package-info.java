/**
 * Level of detail: a min/max pyramid per series component ({@link org.heliodeck.plot.lod.LodPyramid}),
 * built as fragments arrive, reducing any visible range to its pixel columns in O(columns × log N)
 * ({@link org.heliodeck.plot.lod.ColumnReduction}), or to the exact samples when zoomed in
 * ({@link org.heliodeck.plot.lod.RawPoints}). Non-finite values and long time steps are gaps that
 * lines never bridge.
 */
package org.heliodeck.plot.lod;
