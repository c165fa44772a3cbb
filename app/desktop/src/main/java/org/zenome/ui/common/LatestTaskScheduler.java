package org.zenome.ui.common;

import java.time.Duration;
import java.util.Objects;

/**
 * "Latest request wins" for filter-as-you-type (after mzmine's {@code LatestTaskScheduler}): each call to
 * {@link #schedule} cancels the pending delay and the running task of the previous call, waits the debounce
 * delay, then submits the new task. Only the newest task's callbacks are delivered; an older task that was
 * already running when it was superseded is dropped when it finishes. Use from the FX thread only.
 */
public final class LatestTaskScheduler {
    private final TaskExecutor executor;
    private final Duration debounce;
    private TaskHandle pendingDelay = TaskHandle.DONE;
    private TaskHandle running = TaskHandle.DONE;
    private long generation;

    public LatestTaskScheduler(TaskExecutor executor, Duration debounce) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
    }

    /** Schedules the task after the debounce delay, superseding whatever was scheduled before. */
    public <T> void schedule(BackgroundTask<T> task) {
        schedule(task, debounce);
    }

    /** Schedules the task after {@code delay} (zero: now), superseding whatever was scheduled before. */
    public <T> void schedule(BackgroundTask<T> task, Duration delay) {
        cancel();
        long mine = generation;
        if (delay.isZero()) {
            start(task, mine);
        } else {
            pendingDelay = executor.schedule(delay, () -> {
                if (mine == generation) {
                    start(task, mine);
                }
            });
        }
    }

    private <T> void start(BackgroundTask<T> task, long mine) {
        running = executor.submit(BackgroundTask.<T>of(task.name(), task::call)
                .onSuccess(r -> {
                    if (mine == generation) {
                        task.succeeded(r);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        task.failed(e);
                    }
                })
                .onProgress(p -> {
                    if (mine == generation) {
                        task.progressed(p);
                    }
                })
                .onCancelled(() -> {
                    if (mine == generation) {
                        task.cancelled();
                    }
                }));
    }

    /** Cancels the pending and running request; nothing of them is delivered any more. */
    public void cancel() {
        generation++;
        pendingDelay.cancel();
        running.cancel();
    }
}
