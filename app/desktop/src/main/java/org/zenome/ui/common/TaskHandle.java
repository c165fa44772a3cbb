package org.zenome.ui.common;

/** A submitted background task. */
public interface TaskHandle {

    /** Asks the task to stop. It is not interrupted: it polls {@link TaskContext#isCancelled()}. */
    void cancel();

    boolean isCancelled();

    boolean isDone();

    /** A handle of nothing. */
    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
