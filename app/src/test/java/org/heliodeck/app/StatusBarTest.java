package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.heliodeck.core.model.Metadata;
import org.heliodeck.core.model.Values;
import org.heliodeck.core.model.Variable;
import org.heliodeck.core.time.TimeRange;
import org.heliodeck.data.cache.FragmentListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar fed by the data layer's threads, as a request's fragments arrive. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    private static final TimeRange RANGE = TimeRange.of("2003-10-28", "2003-11-02");

    private StatusBar status;

    @Start
    void start(Stage stage) {
        status = new StatusBar();
        stage.setScene(new Scene(status, 900, 40));
        stage.show();
    }

    @Test
    void showsFragmentsAndBytesReportedFromOtherThreads(FxRobot robot) throws Exception {
        FragmentListener listener = status.listener("omni2/omni2_hourly/N_p", RANGE);
        List<TimeRange> days = RANGE.fragments(java.time.Duration.ofDays(1));
        Thread[] loaders = new Thread[days.size()];
        int[] done = {0};
        for (int i = 0; i < loaders.length; i++) {
            TimeRange day = days.get(i);
            loaders[i] = Thread.ofPlatform().start(() -> {
                synchronized (done) {
                    // 24 hourly doubles a day: 24 × (8 bytes of time + 8 of value).
                    listener.arrived(day, List.of(hourly(day)), ++done[0], days.size());
                }
            });
        }
        for (Thread t : loaders) {
            t.join();
        }

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.progressText().startsWith("omni2/omni2_hourly/N_p: 5/5"));
        assertThat(status.progressText()).isEqualTo("omni2/omni2_hourly/N_p: 5/5 fragments, 1.9 kB");
        assertThat(robot.lookup("#status-progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#status-progress-bar").queryAs(ProgressBar.class).isVisible()).isFalse();
    }

    @Test
    void partialProgressShowsTheBar(FxRobot robot) throws Exception {
        FragmentListener listener = status.listener("amda/ace-imf-all/imf", RANGE);
        Thread.ofPlatform().start(() -> listener.arrived(RANGE, List.of(), 2, 8)).join();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.progressText().contains("2/8"));
        ProgressBar bar = robot.lookup("#status-progress-bar").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).isEqualTo(0.25);
        assertThat(bar.isVisible()).isTrue();
    }

    @Test
    void showsTheLastErrorWithItsProductAndRange() throws Exception {
        Thread.ofPlatform().start(() -> {
            status.error("amda/ace-imf-all/imf", RANGE, "first failure");
            status.error("cdaweb/AC_H2_MFI/Magnitude", RANGE, "server answered 503");
        }).join();

        // Both errors are queued for the FX thread by now: once it has run them, the second shows.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(status::errorText).get(5, TimeUnit.SECONDS))
                .isEqualTo("cdaweb/AC_H2_MFI/Magnitude over 2003-10-28T00:00:00Z/2003-11-02T00:00:00Z: server answered 503");
        status.clearError();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.errorText().isEmpty());
    }

    private static Variable hourly(TimeRange day) {
        long[] times = new long[24];
        double[] values = new double[24];
        for (int h = 0; h < 24; h++) {
            times[h] = day.start() + h * 3_600_000_000_000L;
            values[h] = 5 + h;
        }
        return Variable.of("omni2_hourly", "N_p", times, Values.of(values), List.of(), Metadata.builder().build());
    }
}
