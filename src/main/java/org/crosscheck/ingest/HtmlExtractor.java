package org.crosscheck.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Extracts the article text of an HTML page with jsoup: the {@code <article>} (else {@code <main>},
 * else {@code <body>}) without scripts, styles, navigation, footers and other page furniture. Runs of
 * white space become one space and block elements become paragraph breaks; anchors map the text
 * back to file offsets so that passages keep their line and column in the HTML file.
 */
final class HtmlExtractor {

    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)");

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
            "svg", "button", "select", "object", "embed", "head");

    /** The extracted text, its anchors into the file and the page's own metadata. */
    record Extracted(String text, int[] textOffsets, int[] fileOffsets, Metadata metadata) {
    }

    Extracted extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element root = Optional.ofNullable(page.selectFirst("article"))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElse(page.body());
        TextCollector collector = new TextCollector(html);
        root.filter(collector);
        return new Extracted(collector.text.toString(),
                Arrays.copyOf(collector.textAnchors, collector.anchors),
                Arrays.copyOf(collector.fileAnchors, collector.anchors),
                metadata(page));
    }

    private static Metadata metadata(org.jsoup.nodes.Document page) {
        Optional<String> title = meta(page, "meta[property=og:title]")
                .or(() -> nonBlank(page.title()))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).flatMap(h -> nonBlank(h.text())));
        Optional<String> url = Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
                .flatMap(link -> nonBlank(link.attr("href")))
                .or(() -> meta(page, "meta[property=og:url]"))
                .filter(SafeUrls::isWebUrl);
        Optional<PartialDate> published = meta(page, "meta[property=article:published_time]")
                .or(() -> meta(page, "meta[name=date]"))
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).flatMap(t -> nonBlank(t.attr("datetime"))))
                .flatMap(HtmlExtractor::leadingDate);
        Optional<String> language = nonBlank(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"));
        return new Metadata(title, meta(page, "meta[property=og:site_name]"), url, published, language);
    }

    private static Optional<String> meta(org.jsoup.nodes.Document page, String selector) {
        return Optional.ofNullable(page.selectFirst(selector)).flatMap(m -> nonBlank(m.attr("content")));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The date at the start of an ISO timestamp ("2021-02-14T09:00:00Z" is 2021-02-14), if it is one. */
    private static Optional<PartialDate> leadingDate(String value) {
        String candidate = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        try {
            return Optional.of(PartialDate.parse(candidate));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Walks the article's nodes, collecting text with collapsed white space and anchors into the file. */
    private static final class TextCollector implements NodeFilter {
        private final String html;
        private final StringBuilder text = new StringBuilder();
        private int[] textAnchors = new int[64];
        private int[] fileAnchors = new int[64];
        private int anchors;
        private boolean pendingSpace;

        TextCollector(String html) {
            this.html = html;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (DROPPED.contains(tag) || element.hasAttr("hidden") || isPageHeader(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    lineBreak("\n");
                } else if (element.isBlock()) {
                    lineBreak("\n\n");
                }
            } else if (node instanceof TextNode textNode) {
                appendText(textNode);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                lineBreak("\n\n");
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isPageHeader(Element element) {
            return element.normalName().equals("header") && element.closest("article, main") == null;
        }

        private void lineBreak(String breakText) {
            pendingSpace = false;
            if (text.length() == 0) {
                return;
            }
            int existing = 0;
            while (existing < text.length() && text.charAt(text.length() - 1 - existing) == '\n') {
                existing++;
            }
            for (int k = existing; k < breakText.length(); k++) {
                text.append('\n');
            }
        }

        private void appendText(TextNode node) {
            String decoded = node.getWholeText();
            Range range = node.sourceRange();
            int raw = range.isTracked() ? range.startPos() : -1;
            int rawEnd = range.isTracked() ? range.endPos() : -1;
            for (int k = 0; k < decoded.length(); k++) {
                char c = decoded.charAt(k);
                if (Blanks.isBlank(c)) {
                    pendingSpace = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
                } else {
                    if (pendingSpace) {
                        text.append(' ');
                        pendingSpace = false;
                    }
                    if (raw >= 0 && raw != mappedFileOffset(text.length())) {
                        anchor(text.length(), raw);
                    }
                    text.append(c);
                }
                raw = advanceRaw(raw, rawEnd, decoded, k);
            }
        }

        /** Where the anchors so far place text offset {@code textOffset} in the file, or -1 before any anchor. */
        private int mappedFileOffset(int textOffset) {
            return anchors == 0 ? -1 : fileAnchors[anchors - 1] + textOffset - textAnchors[anchors - 1];
        }

        /**
         * Moves through the raw HTML in step with the decoded text: a character reference
         * ({@code &amp;}, {@code &#38;}, {@code &copy} without its semicolon) is one decoded
         * character, an ampersand that jsoup left as it was is itself, and a CRLF may be one LF.
         * Where a reference could end at several places ("&notanentity;" decodes as "¬anentity;"),
         * the longest stretch that jsoup decodes to exactly the decoded character wins.
         */
        private int advanceRaw(int raw, int rawEnd, String decoded, int k) {
            if (raw < 0 || raw >= rawEnd) {
                return raw;
            }
            char c = decoded.charAt(k);
            char here = html.charAt(raw);
            if (here == '\r' && c == '\n' && raw + 1 < rawEnd && html.charAt(raw + 1) == '\n') {
                return raw + 2;
            }
            if (here != '&') {
                return raw + 1;
            }
            Matcher reference = CHARACTER_REFERENCE.matcher(html).region(raw, rawEnd);
            if (!reference.lookingAt()) {
                return raw + 1;
            }
            int length = reference.end() - raw;
            if (c == '&' && decoded.regionMatches(k, html, raw, length)) {
                return raw + 1;
            }
            if (Character.isHighSurrogate(c)) {
                return raw;
            }
            String target = Character.isLowSurrogate(c) && k > 0 ? decoded.substring(k - 1, k + 1) : String.valueOf(c);
            for (int candidate = length; candidate > 1; candidate--) {
                if (Parser.unescapeEntities(html.substring(raw, raw + candidate), false).equals(target)) {
                    return raw + candidate;
                }
            }
            return reference.end();
        }

        private void anchor(int textOffset, int fileOffset) {
            if (anchors == textAnchors.length) {
                textAnchors = Arrays.copyOf(textAnchors, anchors * 2);
                fileAnchors = Arrays.copyOf(fileAnchors, anchors * 2);
            }
            textAnchors[anchors] = textOffset;
            fileAnchors[anchors] = fileOffset;
            anchors++;
        }
    }
}
