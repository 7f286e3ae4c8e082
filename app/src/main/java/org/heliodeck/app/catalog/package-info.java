/**
 * Catalogs of events in the application: their zones on every plot panel, events made by a
 * Shift-drag and edited by dragging their edges, the catalog browser, and the statistics view.
 */
package org.heliodeck.app.catalog;
