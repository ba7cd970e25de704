package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.crosscheck.model.Diagnostic;

/**
 * Lists the documents of a corpus folder: recursively, in a deterministic order (by relative path),
 * skipping hidden files and folders. Symbolic links are followed only while they lead to a place
 * inside the corpus folder, and a file reached by two paths is read once, under the first path.
 */
public final class CorpusWalker {

    /** Extensions read as documents. */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm");

    private final Consumer<Diagnostic> warnings;

    public CorpusWalker(Consumer<Diagnostic> warnings) {
        this.warnings = warnings;
    }

    /** The corpus's document files, sorted by id. */
    public List<CorpusFile> walk(Path corpusDir) {
        Path root;
        try {
            root = corpusDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open corpus folder " + corpusDir, e);
        }
        List<CorpusFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(corpusDir, root, files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk corpus folder " + corpusDir, e);
        }
        files.sort(Comparator.comparing(CorpusFile::id));
        return withoutSecondPaths(files);
    }

    /**
     * Keeps one path to each real file, so one article never counts as two sources: the path
     * without symbolic links if there is one, else the first by id.
     */
    private List<CorpusFile> withoutSecondPaths(List<CorpusFile> sorted) {
        Map<Path, CorpusFile> chosen = new HashMap<>();
        for (CorpusFile file : sorted) {
            Path real = realPath(file.path());
            CorpusFile other = chosen.get(real);
            if (other == null || (!other.path().equals(real) && file.path().equals(real))) {
                chosen.put(real, file);
            }
        }
        List<CorpusFile> kept = new ArrayList<>();
        for (CorpusFile file : sorted) {
            CorpusFile keeper = chosen.get(realPath(file.path()));
            if (keeper == file) {
                kept.add(file);
            } else {
                warnings.accept(Diagnostic.of(file.displayPath(), "skipped: the same file as " + keeper.displayPath()));
            }
        }
        return List.copyOf(kept);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path given;
        private final Path root;
        private final List<CorpusFile> files;

        Visitor(Path given, Path root, List<CorpusFile> files) {
            this.given = given;
            this.root = root;
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            if (isHidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return insideRoot(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (isHidden(file) || !attrs.isRegularFile() || !insideRoot(file)) {
                return FileVisitResult.CONTINUE;
            }
            String id = idOf(file);
            CorpusFile corpusFile = new CorpusFile(file, id, displayOf(file));
            if (!DOCUMENT_EXTENSIONS.contains(corpusFile.extension())) {
                return FileVisitResult.CONTINUE;
            }
            if (id.contains("\\")) {
                warnings.accept(Diagnostic.of(corpusFile.displayPath(), "skipped: a backslash in a file name cannot be part of a source id"));
            } else {
                files.add(corpusFile);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            warnings.accept(Diagnostic.of(displayOf(file), "skipped: cannot be read (" + describe(e) + ")"));
            return FileVisitResult.CONTINUE;
        }

        private boolean insideRoot(Path path) throws IOException {
            Path real = path.toRealPath();
            if (real.startsWith(root)) {
                return true;
            }
            warnings.accept(Diagnostic.of(displayOf(path), "skipped: a symbolic link leads outside the corpus folder, to " + real));
            return false;
        }

        private String displayOf(Path path) {
            return given.resolve(root.relativize(path)).toString();
        }

        private String idOf(Path path) {
            StringBuilder id = new StringBuilder();
            for (Path part : root.relativize(path)) {
                if (id.length() > 0) {
                    id.append('/');
                }
                id.append(part);
            }
            return id.toString();
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
