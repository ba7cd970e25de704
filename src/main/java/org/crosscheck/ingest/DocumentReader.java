package org.crosscheck.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Document;
import org.crosscheck.model.LineBreaks;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.SourceFormat;
import org.crosscheck.model.TextLocator;

/**
 * Reads one corpus file into a {@link Document}: UTF-8 (with or without a byte-order mark),
 * front matter or HTML metadata, and the text whose offsets every passage and claim refers to.
 * Empty and binary files are skipped with a warning; invalid UTF-8 is refused, or skipped with a
 * warning when reading leniently.
 */
public final class DocumentReader {

    private static final int TITLE_MAX_CHARS = 200;

    private final boolean lenient;
    private final LanguageProfiles languages;
    private final Consumer<Diagnostic> warnings;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final HtmlExtractor html = new HtmlExtractor();

    public DocumentReader(boolean lenient, LanguageProfiles languages, Consumer<Diagnostic> warnings) {
        this.lenient = lenient;
        this.languages = languages;
        this.warnings = warnings;
    }

    /** The document in a file's content, or empty when the file is skipped (a warning says why). */
    public Optional<Document> read(FileContent content) {
        CorpusFile file = content.file();
        byte[] bytes = content.bytes();
        if (bytes.length == 0) {
            return skip(file, "empty file");
        }
        if (Utf8Decoder.looksBinary(bytes)) {
            return skip(file, "binary file (it contains NUL bytes)");
        }
        Utf8Decoder.Result decoded = Utf8Decoder.decode(bytes);
        if (decoded.text().isEmpty()) {
            long offset = decoded.invalidByteOffset().getAsLong();
            Diagnostic problem = new Diagnostic(file.displayPath(), LineBreaks.lineOfByte(bytes, offset),
                    "invalid UTF-8 at byte offset " + offset + " (use --lenient to skip such files)");
            if (lenient) {
                return skip(file, "invalid UTF-8 at byte offset " + offset);
            }
            throw new BadInputException(problem);
        }
        String text = decoded.text().get();
        boolean isHtml = file.extension().equals("html") || file.extension().equals("htm");
        return isHtml ? readHtml(file, text, content.hash()) : readText(file, text, content.hash());
    }

    private Optional<Document> readText(CorpusFile file, String content, String hash) {
        FrontMatterParser.Result front = frontMatter.parse(file.displayPath(), content, warnings);
        return build(file, content, front.bodyStart(), front.metadata(), SourceFormat.TEXT, hash, TextLocator.identity(content));
    }

    private Optional<Document> readHtml(CorpusFile file, String content, String hash) {
        HtmlExtractor.Extracted extracted = html.extract(content);
        TextLocator locator = TextLocator.mapped(content, extracted.textOffsets(), extracted.fileOffsets());
        return build(file, extracted.text(), 0, extracted.metadata(), SourceFormat.HTML, hash, locator);
    }

    private Optional<Document> build(CorpusFile file, String text, int bodyStart, Metadata metadata,
                                     SourceFormat format, String hash, TextLocator locator) {
        if (text.substring(bodyStart).isBlank()) {
            return skip(file, "no text");
        }
        Optional<String> stated = metadata.language().map(DocumentReader::languageCode);
        stated.filter(code -> !languages.knows(code)).ifPresent(code -> warnings.accept(Diagnostic.of(file.displayPath(),
                "language '" + code + "' has no language rules; it is analysed without stemming")));
        Optional<String> guessed = stated.isPresent() ? Optional.empty() : languages.guess(text, bodyStart);
        String language = stated.or(() -> guessed).orElse("und");
        SourceDoc source = new SourceDoc(
                file.id(),
                metadata.title().orElseGet(() -> firstLine(text, bodyStart)),
                metadata.publisher(),
                metadata.url(),
                metadata.published(),
                language,
                stated.isEmpty(),
                format,
                hash);
        return Optional.of(new Document(source, text, bodyStart, locator));
    }

    private Optional<Document> skip(CorpusFile file, String reason) {
        warnings.accept(Diagnostic.of(file.displayPath(), "skipped: " + reason));
        return Optional.empty();
    }

    /** "fr-FR" and "FR" are "fr". */
    static String languageCode(String tag) {
        int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text, int from) {
        int start = Blanks.skip(text, from, text.length());
        String line = text.substring(start, LineBreaks.lineEnd(text, start)).replaceFirst("^#+\\s*", "").strip();
        if (line.length() <= TITLE_MAX_CHARS) {
            return line;
        }
        int cut = Character.isLowSurrogate(line.charAt(TITLE_MAX_CHARS)) ? TITLE_MAX_CHARS - 1 : TITLE_MAX_CHARS;
        return line.substring(0, cut).strip() + "…";
    }
}
