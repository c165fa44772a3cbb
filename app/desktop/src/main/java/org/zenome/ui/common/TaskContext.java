package org.zenome.ui.common;

/** What a running background task sees: progress reporting and the cancel flag. Safe to call from the worker. */
public interface TaskContext {

    /** Reports progress; the executor delivers the latest value to the FX thread, coalescing bursts. */
    void updateProgress(TaskProgress progress);

    /** True once the user (or a newer request) cancelled the task; long work polls it and stops. */
    boolean isCancelled();

    /** A context that is never cancelled and ignores progress. */
    TaskContext NONE = new TaskContext() {
        @Override
        public void updateProgress(TaskProgress progress) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
