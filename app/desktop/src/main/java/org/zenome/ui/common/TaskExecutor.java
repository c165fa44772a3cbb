package org.zenome.ui.common;

import java.time.Duration;

/**
 * Runs {@link BackgroundTask}s off the FX thread and delivers their outcome on it; also the app's clock for
 * debouncing. One instance is created by the composition root and injected everywhere.
 */
public interface TaskExecutor {

    /** Starts a task; callbacks of the task run on the FX thread. */
    <T> TaskHandle submit(BackgroundTask<T> task);

    /** Runs {@code action} on the FX thread after {@code delay}, unless the returned handle is cancelled first. */
    TaskHandle schedule(Duration delay, Runnable action);

    /** Stops accepting work; running work is asked to stop. */
    void shutdown();
}
