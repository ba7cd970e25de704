package org.crosscheck.pipeline;

/** Receives progress of a long run, for a display. */
public interface Progress {

    /** Ignores progress. */
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total, String current) {
        }

        @Override
        public void finish() {
        }
    };

    /** {@code done} of {@code total} items are finished; {@code current} is being worked on. */
    void update(int done, int total, String current);

    /** The run is over. */
    void finish();
}
