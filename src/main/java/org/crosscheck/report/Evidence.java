package org.crosscheck.report;

import org.crosscheck.model.Claim;

/** The sentence around a claim's figure, cut to a readable length, for every format. */
final class Evidence {

    /** How much of a sentence is shown on each side of the figure. */
    private static final int CONTEXT = 90;

    private Evidence() {
    }

    /** A sentence split around its figure; {@code before} and {@code after} may end in an ellipsis. */
    record Marked(String before, String figure, String after) {
    }

    /**
     * The sentence around the figure (its first occurrence there), with whitespace runs folded and
     * long sides cut with an ellipsis.
     */
    static Marked marked(Claim claim) {
        String sentence = claim.sentence().replaceAll("\\s+", " ").strip();
        String text = claim.text().replaceAll("\\s+", " ");
        int at = sentence.indexOf(text);
        if (at < 0) {
            return new Marked("", text, "");
        }
        String before = sentence.substring(0, at);
        String after = sentence.substring(at + text.length());
        if (before.length() > CONTEXT) {
            before = "…" + before.substring(before.length() - CONTEXT);
        }
        if (after.length() > CONTEXT) {
            after = after.substring(0, CONTEXT) + "…";
        }
        return new Marked(before, text, after);
    }
}
