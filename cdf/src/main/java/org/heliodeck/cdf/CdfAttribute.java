package org.heliodeck.cdf;

import java.util.List;

/**
 * A global attribute and its entries, in entry-number order (holes in the numbering are kept as
 * nulls so that entry numbers stay meaningful).
 */
public record CdfAttribute(String name, int number, List<CdfEntry> entries) {}
