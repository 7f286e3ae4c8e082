package org.heliodeck.core.model;

/** How values or bins are best laid out on a plot axis. */
public enum ScaleType {
    LINEAR,
    LOG
}
