package org.crosscheck.model;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: a temporary file beside it, then a move over it. Every stage
 * that writes a file the user keeps (rate table, reports, resolutions) goes through here.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} with {@code text} (UTF-8), readable by all as an ordinary file would be
     * (rw-r--r-- where the file system has POSIX permissions); a reader sees the old file or the new
     * one, never a part.
     */
    public static void write(Path target, String text) throws IOException {
        write(target, writer -> writer.write(text));
    }

    /**
     * Remembers a failure even when a PrintWriter on top swallows it, and leaves closing the file to
     * {@link #write(Path, Content)} (a JSON generator closes what it writes to).
     */
    private static final class Guarded extends FilterWriter {

        private IOException failure;

        Guarded(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            guard(() -> out.write(c));
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            guard(() -> out.write(chars, offset, length));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            guard(() -> out.write(text, offset, length));
        }

        @Override
        public void flush() throws IOException {
            guard(out::flush);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void guard(Content.Step step) throws IOException {
            try {
                step.run();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }

    /** Something that writes text, and may fail doing so. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;

        /** One write to the file. */
        @FunctionalInterface
        interface Step {
            void run() throws IOException;
        }
    }

    /**
     * Replaces {@code target} with what {@code content} writes (UTF-8), streamed to the temporary
     * file, so a report of any size never sits whole in memory; see {@link #write(Path, String)}.
     */
    public static void write(Path target, Content content) throws IOException {
        replace(target, temporary -> {
            try (Writer file = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                Guarded writer = new Guarded(file);
                content.writeTo(writer);
                writer.flush();
                if (writer.failure != null) {
                    throw writer.failure;
                }
            }
        });
    }

    /** Replaces {@code target} with {@code bytes}, as {@link #write(Path, String)} does with text. */
    public static void write(Path target, byte[] bytes) throws IOException {
        replace(target, temporary -> Files.write(temporary, bytes));
    }

    /** Fills a temporary file beside the target; it may fail. */
    @FunctionalInterface
    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    /** A temporary file beside {@code target}, filled, then moved over it (atomically where the file system can). */
    private static void replace(Path target, Filler filler) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            filler.fill(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
