package org.heliodeck.data;

/** The levels of the inventory tree, from a data provider down to one parameter. */
public enum NodeKind {
    PROVIDER,
    MISSION,
    INSTRUMENT,
    DATASET,
    PARAMETER
}
