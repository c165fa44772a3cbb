package org.zenome.ui.common;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every task at once on the calling thread and calls its callbacks there; delays are skipped. For tests
 * of view models (no FX toolkit needed) and for command-line use.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentThreadTaskExecutor.class);

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        SimpleHandle handle = new SimpleHandle();
        TaskContext context = new TaskContext() {
            @Override
            public void updateProgress(TaskProgress progress) {
                task.progressed(progress);
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        T result;
        try {
            result = task.call(context);
        } catch (Exception e) {
            handle.done = true;
            if (handle.isCancelled()) {
                task.cancelled();
            } else {
                LOG.debug("task {} failed", task.name(), e);
                task.failed(e);
            }
            return handle;
        }
        handle.done = true;
        task.succeeded(result);
        return handle;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        action.run();
        return TaskHandle.DONE;
    }

    @Override
    public void shutdown() {
    }

    private static final class SimpleHandle implements TaskHandle {
        private volatile boolean cancelled;
        private volatile boolean done;

        @Override
        public void cancel() {
            if (!done) {
                cancelled = true;
            }
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
