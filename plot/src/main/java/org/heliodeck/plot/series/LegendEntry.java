package org.heliodeck.plot.series;

import javafx.scene.paint.Color;

/** One line of a panel's legend: a component's name in its colour. */
public record LegendEntry(String name, Color color) {}
