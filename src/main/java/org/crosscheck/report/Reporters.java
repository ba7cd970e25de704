package org.crosscheck.report;

import java.util.Arrays;
import java.util.List;

/** The report formats, and the reporter of each. */
public final class Reporters {

    /** A report format, by the name {@code --format} takes. */
    public enum Format {
        TEXT("text"), MD("md"), JSON("json"), HTML("html"), SARIF("sarif"), JUNIT("junit");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The format named {@code id}. */
        public static Format fromId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "' (known: " + ids() + ")"));
        }

        /** Every format's name, comma-separated. */
        public static String ids() {
            return String.join(", ", Arrays.stream(values()).map(Format::id).toList());
        }
    }

    private Reporters() {
    }

    /**
     * The reporter for {@code format}.
     *
     * @param colour ANSI colour in the text format
     * @param version crosscheck's version, for the formats that name their generator
     */
    public static Reporter of(Format format, boolean colour, String version) {
        return switch (format) {
            case TEXT -> new TextReport(colour);
            case MD -> new MarkdownReport();
            case JSON -> new JsonReport(version);
            case HTML -> new HtmlReport(version);
            case SARIF -> new SarifReport(version);
            case JUNIT -> new JunitReport();
        };
    }

    /** Every format. */
    public static List<Format> formats() {
        return List.of(Format.values());
    }
}
