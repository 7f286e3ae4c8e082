package org.heliodeck.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.scene.image.Image;
import javafx.util.Pair;

/**
 * Delivers a drop as the platform would: JavaFX 26's Headless platform cannot start a platform drag
 * (its drag-and-drop clipboard throws "Not supported yet"), so the test makes the Dragboard itself and
 * sends the target the DRAG_OVER and DRAG_DROPPED events a pointer drag sends it.
 */
public final class Drops {

    private Drops() {}

    /** What the target answered: the transfer mode accepted over it (null: refused) and whether the drop completed. */
    public record Outcome(TransferMode accepted, boolean completed) {}

    /** Drags {@code content} over {@code target}'s centre and drops it there; on the FX thread. */
    public static Outcome drop(Node target, ClipboardContent content) {
        return drop(target, content, null, TransferMode.COPY);
    }

    /**
     * The same for a drag started from {@code gestureSource} (a node of the window; null: from
     * elsewhere) in {@code mode}, the mode the platform settled on from those the source offers.
     */
    static Outcome drop(Node target, ClipboardContent content, Node gestureSource, TransferMode mode) {
        Dragboard board = DragboardHelper.createDragboard(new SourceClipboard(mode));
        board.setContent(content);
        double x = target.getLayoutBounds().getCenterX();
        double y = target.getLayoutBounds().getCenterY();
        var screen = target.localToScreen(x, y);
        DragEvent over = new DragEvent(null, target, DragEvent.DRAG_OVER, board, x, y, screen.getX(), screen.getY(),
                mode, gestureSource, null, new PickResult(target, x, y));
        Event.fireEvent(target, over);
        // The copies the handlers see share the original's answer (accepted mode, drop completed).
        TransferMode accepted = over.getAcceptedTransferMode();
        if (accepted == null) {
            return new Outcome(null, false);
        }
        DragEvent dropped = new DragEvent(null, target, DragEvent.DRAG_DROPPED, board, x, y, screen.getX(), screen.getY(),
                accepted, gestureSource, null, new PickResult(target, x, y));
        Event.fireEvent(target, dropped);
        return new Outcome(accepted, dropped.isDropCompleted());
    }

    /** A drag source's clipboard offering one transfer mode (a copy, as {@link ProductDrag#start} offers). */
    private static final class SourceClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();
        private final TransferMode offered;

        SourceClipboard(TransferMode offered) {
            this.offered = offered;
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            content.clear();
            for (Pair<DataFormat, Object> item : items) {
                content.put(item.getKey(), item.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(offered);
        }

        @Override
        public void setDragView(Image image) {
            throw new UnsupportedOperationException("no drag view in a test drop");
        }

        @Override
        public void setDragViewOffsetX(double offset) {
            throw new UnsupportedOperationException("no drag view in a test drop");
        }

        @Override
        public void setDragViewOffsetY(double offset) {
            throw new UnsupportedOperationException("no drag view in a test drop");
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
