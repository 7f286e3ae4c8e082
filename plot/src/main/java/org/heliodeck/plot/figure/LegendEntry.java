package org.heliodeck.plot.figure;

import javafx.scene.paint.Color;

/** One line of a panel's legend: a coloured swatch and what it stands for. */
public record LegendEntry(String label, Color color) {}
