package org.crosscheck.model;

/** How a corpus file is read. */
public enum SourceFormat {
    /** Markdown or plain text with optional YAML front matter: the text is the decoded file content. */
    TEXT,
    /** HTML: the text is the article text that jsoup extracts, mapped back to file lines. */
    HTML
}
