package org.heliodeck.plot;

import javafx.scene.paint.Color;

/** One line of a panel's legend: what a colour stands for (a component, a catalog). */
public record LegendEntry(String name, Color color) {}
