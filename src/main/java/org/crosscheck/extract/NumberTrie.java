package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Number words of one language, looked up character by character in the raw text, as whole words, regardless of
 * case and of the accents of Latin letters ("cinquième", "cinquieme"); a compound ("quatre-vingt", "dix sept")
 * matches with a hyphen or blanks between its words.
 */
final class NumberTrie {

    /** A word found at a position: what it is and where it ends. */
    record Hit(NumberWord word, int end) {
    }

    private static final char JOIN = ' ';

    private final char[][] labels;
    private final int[][] targets;
    private final NumberWord[] words;

    /** Builds the trie; keys are lower-case, their words joined by hyphens or spaces. */
    NumberTrie(Map<String, NumberWord> entries) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<NumberWord> terminal = new ArrayList<>();
        children.add(new TreeMap<>());
        terminal.add(null);
        for (Map.Entry<String, NumberWord> entry : new TreeMap<>(entries).entrySet()) {
            String key = normalised(entry.getKey());
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                Integer next = children.get(node).get(c);
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    terminal.add(null);
                    children.get(node).put(c, next);
                }
                node = next;
            }
            terminal.set(node, entry.getValue());
        }
        labels = new char[children.size()][];
        targets = new int[children.size()][];
        for (int node = 0; node < children.size(); node++) {
            TreeMap<Character, Integer> map = children.get(node);
            labels[node] = new char[map.size()];
            targets[node] = new int[map.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> child : map.entrySet()) {
                labels[node][k] = child.getKey();
                targets[node][k] = child.getValue();
                k++;
            }
        }
        words = terminal.toArray(new NumberWord[0]);
    }

    /** A key as the trie stores it: folded (lower case, no accents), its words joined by one space. */
    static String normalised(String key) {
        String lower = key.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (String part : lower.split("[\\s\\-]+")) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty word in number word '" + key + "'");
            }
            for (int i = 0; i < part.length(); i++) {
                if (!NumberText.isLetter(part.charAt(i))) {
                    throw new IllegalArgumentException("number word '" + key + "' may hold only letters, hyphens and spaces");
                }
            }
            if (!out.isEmpty()) {
                out.append(JOIN);
            }
            out.append(NumberText.folded(part, 0, part.length()));
        }
        return out.toString();
    }

    /** The longest number word (or compound) starting at {@code start} and ending at a word boundary, or null. */
    Hit match(String text, int start) {
        int node = 0;
        int i = start;
        Hit best = null;
        while (true) {
            while (i < text.length() && NumberText.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    node = child(node, NumberText.fold(c));
                    if (node < 0) {
                        return best;
                    }
                }
                i++;
            }
            if (NumberText.isWordCharAt(text, i)) {
                return best;
            }
            if (words[node] != null) {
                best = new Hit(words[node], i);
            }
            int joined = child(node, JOIN);
            int next = joined < 0 ? -1 : NumberText.endOfJoin(text, i);
            if (next < 0 || !NumberText.isLetterAt(text, next)) {
                return best;
            }
            node = joined;
            i = next;
        }
    }

    /**
     * Whether the single word {@code text[start, end)} can be part of a cardinal number or is the first word of a
     * compound: "vingt", "et", "quatre" are, "cinquième", "demi", "sur" are not.
     */
    boolean isWord(String text, int start, int end) {
        int node = 0;
        for (int i = start; i < end && node >= 0; i++) {
            char c = text.charAt(i);
            node = Character.isLetter(c) ? child(node, NumberText.fold(c)) : node;
        }
        return node > 0 && (words[node] != null && words[node].cardinal() || child(node, JOIN) >= 0);
    }

    private int child(int node, char c) {
        char[] label = labels[node];
        for (int k = 0; k < label.length; k++) {
            if (label[k] == c) {
                return targets[node][k];
            }
        }
        return -1;
    }
}
