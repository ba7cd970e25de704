package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/** Builds an index in its own JVM and halts that JVM abruptly part-way, as a crash or a kill -9 would. */
final class HaltingIndexer {

    /** The exit status of a JVM halted part-way. */
    static final int HALTED = 137;

    private HaltingIndexer() {
    }

    /** Arguments: the corpus folder, and how many files to get through before halting. */
    public static void main(String[] args) {
        int haltAfter = Integer.parseInt(args[1]);
        Pipeline.standard().index(RunConfig.of(Path.of(args[0]), Optional.empty(), false), warning -> { }, new Progress() {
            @Override
            public void update(int done, int total, String current) {
                if (done >= haltAfter) {
                    Runtime.getRuntime().halt(HALTED);
                }
            }

            @Override
            public void finish() {
            }
        });
        System.out.println("finished without halting");
    }
}
