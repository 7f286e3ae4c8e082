package org.heliodeck.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Calls on the FX thread from a test: a value read there, or a condition waited for. */
public final class FxCalls {

    private FxCalls() {}

    /** {@code task}'s result, run on the FX thread. */
    public static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    /** Waits up to {@code seconds} for {@code condition}, checked on the FX thread. */
    public static void eventually(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }
}
