package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.pipeline.Progress;

/** A one-line progress display on a terminal's stderr, redrawn at most ten times a second. */
final class StderrProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int MAX_NAME = 60;

    private final PrintWriter err;
    private long lastDraw;
    private boolean drawn;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    /** Progress on stderr when it is a terminal, else none. */
    static Progress on(Terminal terminal, PrintWriter err) {
        return terminal.stderrIsTerminal() ? new StderrProgress(err) : Progress.NONE;
    }

    @Override
    public void update(int done, int total, String current) {
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        String name = current.length() <= MAX_NAME ? current : "…" + current.substring(current.length() - MAX_NAME);
        err.print("\r\033[K" + done + "/" + total + " " + name);
        err.flush();
    }

    @Override
    public void finish() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
