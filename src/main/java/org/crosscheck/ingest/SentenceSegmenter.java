package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Document;
import org.crosscheck.model.Passage;

/**
 * Splits a document's body into sentence passages. Every non-blank character of the body lands in
 * exactly one passage; passages are trimmed of blanks, in order and never overlap.
 *
 * <p>Within each of {@link Paragraphs}' paragraphs a sentence ends at {@code . ! ? …} (with any
 * closing quotes or brackets) followed by a blank and something that can start a sentence;
 * abbreviations, initials ("M. Ton-That") and dotted acronyms ("U.S.") do not end one. Scraped text
 * that glues sentences together ("simple.Selon", "sujet ?Que") is split too. A passage longer than
 * {@link #MAX_PASSAGE_CHARS} is cut at a blank.
 */
public final class SentenceSegmenter {

    /** Longest passage; a longer run without a sentence end is cut at the last blank before this. */
    public static final int MAX_PASSAGE_CHARS = 2_000;

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}{1,2}\\.-?)+\\p{L}{1,2}");
    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "»”’\"')]";
    private static final String OPENERS = "«“‘\"'([¿¡—–-*#";

    private final LanguageProfiles languages;

    public SentenceSegmenter(LanguageProfiles languages) {
        this.languages = languages;
    }

    public List<Passage> segment(Document document) {
        Set<String> abbreviations = languages.abbreviations(document.source().language());
        List<Passage> passages = new ArrayList<>();
        Splitter splitter = new Splitter(document, abbreviations, passages);
        for (Paragraphs.Paragraph paragraph : Paragraphs.of(document.text(), document.bodyStart())) {
            splitter.split(paragraph.start(), paragraph.end());
        }
        return List.copyOf(passages);
    }

    /** Splits one paragraph into sentences, appending them to the document's passages. */
    private static final class Splitter {
        private final Document document;
        private final String text;
        private final Set<String> abbreviations;
        private final List<Passage> passages;

        Splitter(Document document, Set<String> abbreviations, List<Passage> passages) {
            this.document = document;
            this.text = document.text();
            this.abbreviations = abbreviations;
            this.passages = passages;
        }

        void split(int start, int end) {
            int sentenceStart = start;
            int i = start;
            while (i < end) {
                if (i - sentenceStart >= MAX_PASSAGE_CHARS) {
                    int cut = cutPoint(sentenceStart, i);
                    emit(sentenceStart, cut);
                    sentenceStart = Blanks.skip(text, cut, end);
                    i = Math.max(i, sentenceStart);
                    continue;
                }
                if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
                    i++;
                    continue;
                }
                int afterTerminators = i + 1;
                while (afterTerminators < end && TERMINATORS.indexOf(text.charAt(afterTerminators)) >= 0) {
                    afterTerminators++;
                }
                int sentenceEnd = skipClosers(afterTerminators, end);
                int next = Blanks.skip(text, sentenceEnd, end);
                if (next < end && endsSentence(sentenceStart, i, afterTerminators, sentenceEnd, next)) {
                    emit(sentenceStart, sentenceEnd);
                    sentenceStart = next;
                }
                i = Math.max(sentenceEnd, i + 1);
            }
            emit(sentenceStart, end);
        }

        private int skipClosers(int from, int end) {
            int j = from;
            while (j < end) {
                int k = Blanks.skip(text, j, end);
                if (k >= end || CLOSERS.indexOf(text.charAt(k)) < 0) {
                    break;
                }
                boolean spacedCloser = k > j;
                char closer = text.charAt(k);
                if (spacedCloser && (closer == '"' || closer == '\'')) {
                    break;
                }
                j = k + 1;
            }
            return j;
        }

        private boolean endsSentence(int sentenceStart, int terminator, int afterTerminators, int sentenceEnd, int next) {
            if (!hasLetter(sentenceStart, terminator)) {
                return false;
            }
            char mark = text.charAt(terminator);
            int nextCp = text.codePointAt(next);
            if (next == sentenceEnd) {
                return gluedSentenceEnd(sentenceStart, mark, terminator, afterTerminators, next);
            }
            boolean canStart = isUpperLetter(nextCp) || Character.isDigit(nextCp) || OPENERS.indexOf(text.charAt(next)) >= 0;
            if (!canStart) {
                return false;
            }
            if (mark == '.' && afterTerminators == terminator + 1) {
                String word = wordBefore(sentenceStart, terminator);
                return !(abbreviations.contains(word)
                        || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                        || DOTTED_ACRONYM.matcher(word).matches());
            }
            return true;
        }

        /**
         * "simple.Selon", "données.L'agence", "citoyens.« Les" and "sujet ?Que": sentence ends that
         * scraped text lost the blank after. A period needs a word of two or more letters before
         * it, not an abbreviation, and a capitalised word (or an opening quote) after it, so
         * "U.S.Army", "3.5" and "Node.js" stay whole.
         */
        private boolean gluedSentenceEnd(int sentenceStart, char mark, int terminator, int afterTerminators, int next) {
            int nextCp = text.codePointAt(next);
            boolean quoteOpens = next + 1 < text.length() && (text.charAt(next) == '«' || text.charAt(next) == '“');
            if (!isUpperLetter(nextCp) && !quoteOpens) {
                return false;
            }
            if (mark == '?' || mark == '!') {
                return true;
            }
            if (mark != '.' || afterTerminators != terminator + 1 || next != afterTerminators) {
                return false;
            }
            if (!endsAWord(sentenceStart, terminator)) {
                return false;
            }
            if (quoteOpens) {
                return true;
            }
            int afterNext = next + Character.charCount(nextCp);
            return afterNext < text.length()
                    && (Character.isLowerCase(text.codePointAt(afterNext)) || isApostrophe(text.charAt(afterNext)));
        }

        /** True when a word of at least two letters, without inner periods, ends right before {@code terminator}. */
        private boolean endsAWord(int sentenceStart, int terminator) {
            String word = wordBefore(sentenceStart, terminator);
            return word.length() >= 2
                    && Character.isLetter(word.charAt(word.length() - 1))
                    && Character.isLetter(word.charAt(word.length() - 2))
                    && word.indexOf('.') < 0
                    && !abbreviations.contains(word);
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '’';
        }

        private String wordBefore(int sentenceStart, int terminator) {
            int k = terminator;
            while (k > sentenceStart && !Blanks.isBlank(text.charAt(k - 1)) && OPENERS.indexOf(text.charAt(k - 1)) < 0) {
                k--;
            }
            return text.substring(k, terminator);
        }

        private boolean hasLetter(int from, int to) {
            for (int k = from; k < to; k++) {
                if (Character.isLetter(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Where to cut an over-long passage: after the last blank in its second half, else at {@code limit}. */
        private int cutPoint(int sentenceStart, int limit) {
            for (int k = limit; k > sentenceStart + MAX_PASSAGE_CHARS / 2; k--) {
                if (Blanks.isBlank(text.charAt(k - 1))) {
                    return k;
                }
            }
            return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        }

        private void emit(int start, int end) {
            int s = Blanks.skip(text, start, end);
            int e = end;
            while (e > s && Blanks.isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                passages.add(new Passage(document.source().id(), passages.size(), document.span(s, e), text.substring(s, e)));
            }
        }

        private static boolean isUpperLetter(int codePoint) {
            return Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint);
        }
    }
}
