package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {

    @TempDir
    Path tmp;

    private final List<Diagnostic> warnings = new ArrayList<>();

    @Test
    void walksRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        write(corpus.resolve("b.md"));
        write(corpus.resolve("a/z.txt"));
        write(corpus.resolve("a/y.html"));
        write(corpus.resolve("A.htm"));
        write(corpus.resolve("notes.pdf"));
        write(corpus.resolve(".hidden.md"));
        write(corpus.resolve(".crosscheck/x.md"));
        List<CorpusFile> files = new CorpusWalker(warnings::add).walk(corpus);
        assertThat(files).extracting(CorpusFile::id).containsExactly("A.htm", "a/y.html", "a/z.txt", "b.md");
        assertThat(files.get(2).displayPath()).isEqualTo(corpus.resolve("a/z.txt").toString());
        assertThat(warnings).isEmpty();
    }

    @Test
    void followsLinksInsideTheCorpusButNotOutside() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        write(outside.resolve("secret.md"));
        write(corpus.resolve("real.md"));
        Files.createSymbolicLink(corpus.resolve("leak.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(corpus.resolve("leakdir"), outside);
        Files.createSymbolicLink(corpus.resolve("alias.md"), corpus.resolve("real.md"));
        List<CorpusFile> files = new CorpusWalker(warnings::add).walk(corpus);
        assertThat(files).extracting(CorpusFile::id).containsExactly("real.md");
        assertThat(warnings).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "skipped: a symbolic link leads outside the corpus folder, to " + outside.resolve("secret.md").toRealPath(),
                "skipped: a symbolic link leads outside the corpus folder, to " + outside.toRealPath(),
                "skipped: the same file as " + corpus.resolve("real.md"));
    }

    @Test
    void aFolderLinkedTwiceInsideTheCorpusIsReadOnceUnderItsRealPath() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        write(corpus.resolve("z-articles/a.md"));
        Files.createSymbolicLink(corpus.resolve("b-link"), corpus.resolve("z-articles"));
        Files.createSymbolicLink(corpus.resolve("c-link"), corpus.resolve("z-articles"));
        List<CorpusFile> files = new CorpusWalker(warnings::add).walk(corpus);
        assertThat(files).extracting(CorpusFile::id).containsExactly("z-articles/a.md");
        assertThat(warnings).extracting(Diagnostic::file)
                .containsExactly(corpus.resolve("b-link/a.md").toString(), corpus.resolve("c-link/a.md").toString());
    }

    @Test
    void aBackslashInAFileNameIsSkippedWithAWarning() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        write(corpus.resolve("a\\b.md"));
        write(corpus.resolve("c.md"));
        assertThat(new CorpusWalker(warnings::add).walk(corpus)).extracting(CorpusFile::id).containsExactly("c.md");
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).contains("backslash"));
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Text.");
    }
}
