package org.zenome.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work for the {@link TaskExecutor}: what runs on the worker thread ({@link Work}) and what happens on the
 * FX thread afterwards (success, failure, cancellation, progress). View models build these; the executor
 * decides the threads, so a view model is tested with {@link CurrentThreadTaskExecutor}.
 *
 * <p>Callbacks run on the FX thread (or the caller's thread with the same-thread executor). Outcome rules:
 * work that returns normally reaches {@code onSuccess}, even when a cancel came too late to stop it (an import
 * that finished did store its case); work that throws after a cancel was requested, or that was cancelled
 * before it started, reaches {@code onCancelled}; any other exception reaches {@code onFailure}.
 * {@link LatestTaskScheduler} drops the results of superseded requests on top of that.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    /** The work itself, run off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskContext context) throws Exception;
    }

    private final String name;
    private final Work<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Consumer<TaskProgress> onProgress = p -> { };

    private BackgroundTask(String name, Work<T> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A task with a name for logs and thread dumps. */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<TaskProgress> callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    public String name() {
        return name;
    }

    public T call(TaskContext context) throws Exception {
        return work.call(context);
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Throwable error) {
        onFailure.accept(error);
    }

    public void cancelled() {
        onCancelled.run();
    }

    public void progressed(TaskProgress progress) {
        onProgress.accept(progress);
    }
}
