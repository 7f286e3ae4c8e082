package org.heliodeck.data.inventory;

import org.heliodeck.data.InventoryNode;

/** One answer of a search: a node and how well it matched (higher is better; only comparable within one search). */
public record SearchHit(InventoryNode node, float score) {}
