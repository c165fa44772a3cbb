package org.zenome.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production executor: each {@link BackgroundTask} becomes a {@link Task} on the injected worker
 * executor (all SQL and file I/O of the app), its callbacks run on the FX thread.
 *
 * <p>Cancelling never interrupts the worker thread (an interrupt would close NIO channels and could leave a
 * JDBC connection in a bad state); the work polls {@link TaskContext#isCancelled()}. The cancel callback
 * runs when the work has really stopped, so a cancelled import reports "cancelled" only after its rollback.
 * Outcome rules: see {@link BackgroundTask}.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService worker;

    public FxTaskExecutor(ExecutorService worker) {
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<TaskProgress> pendingProgress = new AtomicReference<>();
        TaskContext context = new TaskContext() {
            @Override
            public void updateProgress(TaskProgress progress) {
                if (pendingProgress.getAndSet(progress) == null) {
                    Platform.runLater(() -> {
                        TaskProgress latest = pendingProgress.getAndSet(null);
                        if (latest != null && !cancelled.get()) {
                            task.progressed(latest);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        AtomicBoolean started = new AtomicBoolean();
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (cancelled.get()) {
                    return null;
                }
                started.set(true);
                Thread.currentThread().setName("zenome-worker: " + task.name());
                try {
                    return task.call(context);
                } finally {
                    Thread.currentThread().setName("zenome-worker");
                }
            }
        };
        fxTask.setOnSucceeded(e -> {
            if (!started.get()) {
                task.cancelled();
            } else {
                task.succeeded(fxTask.getValue());
            }
        });
        fxTask.setOnFailed(e -> {
            if (cancelled.get()) {
                task.cancelled();
            } else {
                Throwable error = fxTask.getException();
                LOG.debug("task {} failed", task.name(), error);
                task.failed(error);
            }
        });
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                if (!fxTask.isDone()) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public boolean isDone() {
                return fxTask.isDone();
            }
        };
        worker.execute(fxTask);
        return handle;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        pause.setOnFinished(e -> {
            done.set(true);
            if (!cancelled.get()) {
                action.run();
            }
        });
        pause.play();
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                pause.stop();
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public boolean isDone() {
                return done.get() || cancelled.get();
            }
        };
    }

    @Override
    public void shutdown() {
        worker.shutdown();
    }
}
