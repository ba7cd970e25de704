package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.LineBreaks;
import org.crosscheck.model.PartialDate;

/**
 * Reads the optional YAML front matter at the top of a Markdown or text file: a first line
 * {@code ---}, YAML, and a closing line {@code ---} (or {@code ...}).
 */
final class FrontMatterParser {

    /** The front-matter keys crosscheck reads; any other key is reported and ignored. */
    static final Set<String> KNOWN_KEYS = Set.of("title", "publisher", "url", "published", "language");

    private static final Pattern YAML_MARK = Pattern.compile("in 'reader', line (\\d+), column \\d+");

    private final YAMLFactory yaml = new YAMLFactory();

    /** Front matter read from a file: its metadata and the offset where the body starts. */
    record Result(Metadata metadata, int bodyStart) {
    }

    Result parse(String file, String text, Consumer<Diagnostic> warnings) {
        int firstLineEnd = LineBreaks.lineEnd(text, 0);
        if (!text.substring(0, firstLineEnd).stripTrailing().equals("---") || firstLineEnd == text.length()) {
            return new Result(Metadata.NONE, 0);
        }
        int yamlStart = LineBreaks.nextLineStart(text, firstLineEnd);
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int end = LineBreaks.lineEnd(text, lineStart);
            String line = text.substring(lineStart, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                Metadata metadata = readYaml(file, text.substring(yamlStart, lineStart), warnings);
                return new Result(metadata, LineBreaks.nextLineStart(text, end));
            }
            lineStart = LineBreaks.nextLineStart(text, end);
        }
        throw new BadInputException(new Diagnostic(file, 1,
                "malformed front matter: it opens with '---' but no closing '---' line follows"));
    }

    private Metadata readYaml(String file, String yamlText, Consumer<Diagnostic> warnings) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(yamlText)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Metadata.NONE;
            }
            if (first != JsonToken.START_OBJECT) {
                throw bad(file, parser, "front matter must be a YAML mapping of keys to values");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String key = parser.currentName();
                int line = frontMatterLine(parser);
                JsonToken value = parser.nextToken();
                if (lines.containsKey(key)) {
                    throw new BadInputException(new Diagnostic(file, line,
                            "malformed front matter: key '" + key + "' appears twice (first on line " + lines.get(key) + ")"));
                }
                lines.put(key, line);
                if (!KNOWN_KEYS.contains(key)) {
                    warnings.accept(new Diagnostic(file, line,
                            "unknown front-matter key '" + key + "' ignored (known keys: " + new TreeSet<>(KNOWN_KEYS) + ")"));
                    parser.skipChildren();
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    throw new BadInputException(new Diagnostic(file, line,
                            "malformed front matter: '" + key + "' must be a single value, not a list or mapping"));
                } else if (value != JsonToken.VALUE_NULL) {
                    String text = parser.getText().strip();
                    if (!text.isEmpty()) {
                        values.put(key, text);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new BadInputException(new Diagnostic(file, yamlErrorLine(e),
                    "malformed front matter: " + yamlProblem(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(file, "cannot read front matter: " + e.getMessage()), e);
        }
        return new Metadata(
                Optional.ofNullable(values.get("title")),
                Optional.ofNullable(values.get("publisher")),
                url(file, values.get("url"), lines.get("url"), warnings),
                published(file, values.get("published"), lines.get("published")),
                Optional.ofNullable(values.get("language")));
    }

    private static Optional<PartialDate> published(String file, String value, Integer line) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(value));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(new Diagnostic(file, line, "malformed front matter: 'published': " + e.getMessage()), e);
        }
    }

    private static Optional<String> url(String file, String value, Integer line, Consumer<Diagnostic> warnings) {
        if (value == null) {
            return Optional.empty();
        }
        if (!SafeUrls.isWebUrl(value)) {
            warnings.accept(new Diagnostic(file, line, "url ignored: only http and https addresses are kept, got '" + value + "'"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static BadInputException bad(String file, JsonParser parser, String message) {
        return new BadInputException(new Diagnostic(file, frontMatterLine(parser), "malformed front matter: " + message));
    }

    /** The file line of the parser's current token: YAML line 1 is file line 2, after the opening '---'. */
    private static int frontMatterLine(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr() + 1;
    }

    /**
     * The file line of a YAML error: the YAML parser's last mark ("in 'reader', line N") is where
     * the problem is; the token location Jackson reports is only the last good token.
     */
    private static int yamlErrorLine(JsonProcessingException e) {
        Matcher mark = YAML_MARK.matcher(String.valueOf(e.getOriginalMessage()));
        int yamlLine = -1;
        while (mark.find()) {
            yamlLine = Integer.parseInt(mark.group(1));
        }
        if (yamlLine < 0 && e.getLocation() != null) {
            yamlLine = e.getLocation().getLineNr();
        }
        return Math.max(yamlLine, 1) + 1;
    }

    /** The YAML parser's description of the problem, without its position marks and source excerpts. */
    private static String yamlProblem(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        StringBuilder problem = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (YAML_MARK.matcher(line).find()) {
                break;
            }
            if (!line.isBlank()) {
                problem.append(problem.length() > 0 ? "; " : "").append(line.strip());
            }
        }
        return problem.length() > 0 ? problem.toString() : "invalid YAML";
    }
}
