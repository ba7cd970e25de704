package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.crosscheck.model.Document;
import org.crosscheck.model.LineBreaks;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.Span;
import org.crosscheck.model.TextLocator;

/**
 * Identifies how files become documents and passages: a hash of the ingestion code and its
 * language data. An index whose passages were made by other code must be rebuilt, even for files
 * whose content has not changed.
 */
public final class IngestFingerprint {

    /** Every class whose code decides a document's text, metadata or passages. */
    static final List<Class<?>> CLASSES = List.of(
            Blanks.class, CorpusFile.class, CorpusWalker.class, DocumentReader.class, FileContent.class,
            FrontMatterParser.class, HtmlExtractor.class, LanguageProfile.class, LanguageProfiles.class,
            Metadata.class, Paragraphs.class, SafeUrls.class, SentenceSegmenter.class, Utf8Decoder.class,
            Document.class, LineBreaks.class, PartialDate.class, Passage.class, SourceDoc.class, Span.class,
            TextLocator.class);

    private IngestFingerprint() {
    }

    /** The first 16 hex digits of the SHA-256 of those classes' bytecode and the bundled language data. */
    public static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Class<?>> classes = new ArrayList<>();
            CLASSES.forEach(type -> addWithNested(type, classes));
            classes.sort(Comparator.comparing(Class::getName));
            for (Class<?> type : classes) {
                digest.update(resource(type, "/" + type.getName().replace('.', '/') + ".class"));
            }
            digest.update(resource(LanguageProfiles.class, LanguageProfiles.RESOURCE));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static void addWithNested(Class<?> type, List<Class<?>> classes) {
        classes.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
            addWithNested(nested, classes);
        }
    }

    private static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
