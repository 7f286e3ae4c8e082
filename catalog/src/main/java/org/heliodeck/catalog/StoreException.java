package org.heliodeck.catalog;

/**
 * An edit the store refused because the store changed under it: an undo or redo of an edit whose
 * rows another window or process has edited since. The message names the row.
 */
public final class StoreException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    StoreException(String message) {
        super(message);
    }
}
