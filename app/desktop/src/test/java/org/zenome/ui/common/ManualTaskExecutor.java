package org.zenome.ui.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A test executor that queues tasks and delays and runs them only when the test says so, on the test
 * thread, so a test can interleave "user typed" with "query finished" deterministically.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Deque<Runnable> timers = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor direct = new CurrentThreadTaskExecutor();
    private boolean startCancelledTasks;

    /**
     * When set, a task cancelled while queued still starts and sees {@code isCancelled() == true}, as when the
     * user's cancel arrives just after the worker picked the task up (exercises the work's own rollback).
     */
    public ManualTaskExecutor startCancelledTasks(boolean start) {
        this.startCancelledTasks = start;
        return this;
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        Handle h = new Handle();
        tasks.add(() -> {
            if (h.cancelled && !startCancelledTasks) {
                task.cancelled();
                return;
            }
            h.inner = direct.submit(BackgroundTask.<T>of(task.name(), ctx -> task.call(new TaskContext() {
                        @Override
                        public void updateProgress(TaskProgress progress) {
                            task.progressed(progress);
                        }

                        @Override
                        public boolean isCancelled() {
                            return h.cancelled;
                        }
                    }))
                    .onSuccess(task::succeeded)
                    .onFailure(e -> {
                        if (h.cancelled) {
                            task.cancelled();
                        } else {
                            task.failed(e);
                        }
                    }));
            h.done = true;
        });
        return h;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        Handle h = new Handle();
        timers.add(() -> {
            h.done = true;
            if (!h.cancelled) {
                action.run();
            }
        });
        return h;
    }

    /** Fires every pending delay. */
    public void elapseDelays() {
        while (!timers.isEmpty()) {
            timers.poll().run();
        }
    }

    /** Runs the oldest queued task; false when none is queued. */
    public boolean runNext() {
        Runnable r = tasks.poll();
        if (r == null) {
            return false;
        }
        r.run();
        return true;
    }

    /** Fires delays and runs tasks until nothing is left. */
    public void runAll() {
        do {
            elapseDelays();
            while (runNext()) {
                // drain
            }
        } while (!timers.isEmpty() || !tasks.isEmpty());
    }

    public int queuedTasks() {
        return tasks.size();
    }

    public int pendingDelays() {
        return timers.size();
    }

    @Override
    public void shutdown() {
        tasks.clear();
        timers.clear();
    }

    private static final class Handle implements TaskHandle {
        volatile boolean cancelled;
        volatile boolean done;
        TaskHandle inner = TaskHandle.DONE;

        @Override
        public void cancel() {
            cancelled = true;
            inner.cancel();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
