package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.inventory.LiveInventory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's layout, themes and keyboard shortcuts. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final TimeRange START = TimeRange.of("2003-10-29", "2003-10-30");

    @TempDir
    static Path store;

    private LiveInventory live;
    private MainWindow window;
    private final AtomicInteger quits = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        live = RealInventory.withAmda(store);
        window = new MainWindow(new ProductBrowser(live, Set.of()), new TimeRangeBar(START), quits::incrementAndGet);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        window.browser().close();
        live.close();
    }

    @Test
    void laysOutTheBarsAroundTheBrowserAndTheDropHint(FxRobot robot) {
        assertThat(window.getTop().lookup("#time-range")).isNotNull();
        assertThat(window.getBottom()).isSameAs(window.statusBar());
        assertThat(robot.lookup(".drop-hint").queryAs(Label.class).getText()).isEqualTo("Drop a product here to plot it");
        assertThat(robot.lookup("#product-search").queryAs(TextField.class).getScene()).isSameAs(window.getScene());
    }

    @Test
    void contentPutInThePanelAreaReplacesTheHint(FxRobot robot) throws Exception {
        Rectangle plots = new Rectangle(200, 100);
        WaitForAsyncUtils.asyncFx(() -> window.panelArea().setContent(plots)).get();

        assertThat(window.panelArea().getChildren()).containsExactly(plots);
        assertThat(robot.lookup(".drop-hint").tryQuery()).isEmpty();
    }

    @Test
    void controlShiftTSwitchesTheStylesheet(FxRobot robot) {
        assertThat(window.getScene().getStylesheets()).containsExactly(Theme.base(), Theme.LIGHT.stylesheet());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(window.getScene().getStylesheets()).containsExactly(Theme.base(), Theme.DARK.stylesheet());

        robot.clickOn("View").clickOn("Switch light/dark theme");
        assertThat(window.getScene().getStylesheets()).containsExactly(Theme.base(), Theme.LIGHT.stylesheet());
    }

    @Test
    void darkThemeDarkensThePanelArea(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.themeProperty().set(Theme.DARK)).get();
        WaitForAsyncUtils.waitForFxEvents();

        var fill = window.panelArea().getBackground().getFills().getFirst().getFill();
        assertThat(((javafx.scene.paint.Color) fill).getBrightness()).isLessThan(0.2);
    }

    @Test
    void controlFFocusesTheSearchField(FxRobot robot) {
        robot.clickOn("#time-range");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#product-search").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void altArrowsWalkTheRangeHistory(FxRobot robot) throws Exception {
        TimeRange later = TimeRange.of("2004-01-01", "2004-01-02");
        WaitForAsyncUtils.asyncFx(() -> window.timeBar().setRange(later)).get();

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeBar().getRange()).isEqualTo(START);

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeBar().getRange()).isEqualTo(later);
    }

    @Test
    void controlQQuits(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(quits).hasValue(1);
    }
}
