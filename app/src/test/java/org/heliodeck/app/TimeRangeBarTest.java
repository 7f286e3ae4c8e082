package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.heliodeck.core.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The time bar typed into and clicked as a user would. */
@ExtendWith(ApplicationExtension.class)
class TimeRangeBarTest {

    private static final TimeRange START = TimeRange.parse("2003-10-29T00:00:00Z/2003-10-30T00:00:00Z");

    private TimeRangeBar bar;

    @Start
    void start(Stage stage) {
        bar = new TimeRangeBar(START);
        stage.setScene(new Scene(bar, 1100, 60));
        stage.show();
    }

    @Test
    void readsATypedIsoInterval(FxRobot robot) {
        type(robot, "2003-10-28/2003-11-02");

        assertThat(bar.getRange()).isEqualTo(TimeRange.of("2003-10-28", "2003-11-02"));
        assertThat(bar.error()).isEmpty();
        assertThat(robot.lookup("#time-range").queryAs(TextField.class).getText())
                .isEqualTo("2003-10-28T00:00:00Z/2003-11-02T00:00:00Z");
    }

    @Test
    void readsTwoTimesApartAndOneTimeKeepingTheLength(FxRobot robot) {
        type(robot, "2003-10-28T06:00 2003-10-28T18:30");
        assertThat(bar.getRange()).isEqualTo(TimeRange.of("2003-10-28T06:00", "2003-10-28T18:30"));

        type(robot, "2003-11-20T00:00");
        assertThat(bar.getRange()).isEqualTo(TimeRange.of("2003-11-20T00:00", "2003-11-20T12:30"));
    }

    @Test
    void anImpossibleDateIsShownAsAnErrorAndTheRangeStays(FxRobot robot) {
        type(robot, "2003-02-30");

        assertThat(bar.getRange()).isEqualTo(START);
        Label error = robot.lookup("#time-range-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("2003-02-30");
        assertThat(robot.lookup("#time-range").queryAs(TextField.class).getPseudoClassStates())
                .extracting(Object::toString).contains("error");
    }

    @Test
    void aRangeStoppingBeforeItStartsIsRefused(FxRobot robot) {
        type(robot, "2003-11-02/2003-10-28");

        assertThat(bar.getRange()).isEqualTo(START);
        assertThat(bar.error()).contains("stops before it starts");
    }

    @Test
    void backAndForwardRestoreTheRangesByButtonAndKeyboard(FxRobot robot) {
        TimeRange second = TimeRange.of("2003-10-28", "2003-11-02");
        TimeRange third = TimeRange.of("2004-01-01", "2004-01-02");
        type(robot, second.toString());
        type(robot, third.toString());

        robot.clickOn("#time-back");
        assertThat(bar.getRange()).isEqualTo(second);
        robot.clickOn("#time-back");
        assertThat(bar.getRange()).isEqualTo(START);
        assertThat(robot.lookup("#time-back").queryButton().isDisabled()).isTrue();

        robot.clickOn("#time-forward");
        assertThat(bar.getRange()).isEqualTo(second);
        robot.clickOn("#time-forward");
        assertThat(bar.getRange()).isEqualTo(third);
        assertThat(robot.lookup("#time-forward").queryButton().isDisabled()).isTrue();

        // Going somewhere new from the middle of the history forgets what was ahead.
        robot.clickOn("#time-back");
        robot.clickOn("1 h");
        assertThat(robot.lookup("#time-forward").queryButton().isDisabled()).isTrue();
    }

    @Test
    void presetsKeepTheCentre(FxRobot robot) {
        robot.clickOn("6 h");

        assertThat(bar.getRange()).isEqualTo(TimeRange.of("2003-10-29T09:00", "2003-10-29T15:00"));
        robot.clickOn("1 w");
        assertThat(bar.getRange()).isEqualTo(TimeRange.of("2003-10-26T00:00", "2003-11-02T00:00"));
    }

    @Test
    void theCalendarMovesTheStartKeepingTheLength(FxRobot robot) throws Exception {
        DatePicker day = robot.lookup("#time-day").queryAs(DatePicker.class);
        assertThat(day.getValue()).isEqualTo(LocalDate.of(2003, 10, 29));

        WaitForAsyncUtils.asyncFx(() -> day.setValue(LocalDate.of(2015, 3, 17))).get();

        assertThat(bar.getRange()).isEqualTo(TimeRange.of("2015-03-17", "2015-03-18"));
    }

    private static void type(FxRobot robot, String text) {
        robot.doubleClickOn("#time-range").push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
