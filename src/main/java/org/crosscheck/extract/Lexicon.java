package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every phrase the rules name (unit words, bound words, entity names, measure triggers, months…),
 * in a trie over folded tokens, so a passage is matched in one walk per token. Acronyms written in
 * capitals ("ICE", "US") match only in capitals. Built once, it is only read, and may be read by
 * several threads.
 */
final class Lexicon {

    /** What a phrase is. */
    enum Category {
        UNIT_SYMBOL, SHARED_SYMBOL, UNIT_WORD, SUBUNIT_WORD, SUBUNIT_CONNECTOR, LINK, BOUND, RANGE_OPENING, RANGE_JOINING, VAGUE, STATUS,
        ATTRIBUTION, CLAUSE_OPENER, OBLIQUE, OBLIQUE_AFTER, SCOPE_BEFORE, SCOPE_AFTER, CHANGE, ENTITY, MEASURE, MONTH, RELATIVE_DATE, DATE_CUE
    }

    /**
     * A phrase's meaning.
     *
     * @param value the rule (or, for months, the month number) it stands for
     * @param exactSurface the surface an acronym must have, or null when case does not matter
     */
    record Meaning(Category category, String ruleId, Object value, String exactSurface) {
    }

    /** A phrase found in a passage: tokens {@code first..last} inclusive. */
    record Match(int first, int last, Meaning meaning) {
    }

    private static final int MAX_ACRONYM = 6;
    private static final int CATEGORY_COUNT = Category.values().length;

    private final Node root = new Node();
    /** This lexicon's trie, then those of the lexicons it includes. */
    private final List<Node> roots;

    /** An empty lexicon. */
    Lexicon() {
        this(List.of());
    }

    /**
     * A lexicon that also holds the phrases of {@code included} (built once and shared, such as the
     * entity names every language's lexicon has), which must be of categories it does not add itself.
     */
    Lexicon(List<Lexicon> included) {
        List<Node> all = new ArrayList<>();
        all.add(root);
        included.forEach(lexicon -> all.add(lexicon.root));
        this.roots = List.copyOf(all);
    }

    /** A trie node; most are leaves of one meaning, so both fields are made only when first needed. */
    private static final class Node {
        private Map<String, Node> next;
        private List<Meaning> meanings = List.of();

        Node child(String folded) {
            return next == null ? null : next.get(folded);
        }

        Node addChild(String folded) {
            if (next == null) {
                next = new HashMap<>(2);
            }
            return next.computeIfAbsent(folded, k -> new Node());
        }

        void addMeaning(Meaning meaning) {
            if (meanings.isEmpty()) {
                meanings = List.of(meaning);
            } else {
                List<Meaning> more = new ArrayList<>(meanings);
                more.add(meaning);
                meanings = List.copyOf(more);
            }
        }
    }

    /** Adds a phrase with its meaning; a phrase in capitals ("ICE") matches only in capitals. */
    void add(String phrase, Category category, String ruleId, Object value) {
        add(phrase, category, ruleId, value, true);
    }

    /**
     * Adds a phrase that matches in any case when it has three letters or more, such as a currency
     * code next to a figure ("usd", "rmb"); shorter acronyms ("A$", "C$") keep their capitals, so
     * "a $5 fee" stays in dollars.
     */
    void addAnyCase(String phrase, Category category, String ruleId, Object value) {
        add(phrase, category, ruleId, value, phrase.codePoints().filter(Character::isLetter).count() < 3);
    }

    private void add(String phrase, Category category, String ruleId, Object value, boolean capitalsMatter) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        String stripped = phrase.strip();
        boolean acronym = capitalsMatter && stripped.length() <= MAX_ACRONYM && stripped.codePoints().anyMatch(Character::isLetter)
                && stripped.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        Node node = root;
        for (Token token : tokens) {
            node = node.addChild(token.folded());
        }
        node.addMeaning(new Meaning(category, ruleId, value, acronym ? stripped.replace(" ", "") : null));
    }

    /** The meaning of the category a single word has, if any ("cent" in "12-cent-a-share"). */
    Optional<Meaning> word(String folded, Category category) {
        return roots.stream().map(r -> r.child(folded)).filter(Objects::nonNull)
                .flatMap(node -> node.meanings.stream())
                .filter(m -> m.category() == category && m.exactSurface() == null).findFirst();
    }

    /**
     * Every phrase in the tokens: for each start token and category, the longest phrase that starts
     * there, in order of start.
     */
    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        Match[] longest = new Match[CATEGORY_COUNT];
        for (int i = 0; i < tokens.size(); i++) {
            boolean any = false;
            for (Node start : roots) {
                Node node = start;
                for (int j = i; j < tokens.size(); j++) {
                    node = node.child(tokens.get(j).folded());
                    if (node == null) {
                        break;
                    }
                    for (Meaning meaning : node.meanings) {
                        if (meaning.exactSurface() == null || meaning.exactSurface().equals(surface(tokens, i, j))) {
                            longest[meaning.category().ordinal()] = new Match(i, j, meaning);
                            any = true;
                        }
                    }
                }
            }
            if (any) {
                for (int c = 0; c < CATEGORY_COUNT; c++) {
                    if (longest[c] != null) {
                        matches.add(longest[c]);
                        longest[c] = null;
                    }
                }
            }
        }
        return matches;
    }

    private static String surface(List<Token> tokens, int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int k = first; k <= last; k++) {
            out.append(tokens.get(k).surface());
        }
        return out.toString();
    }

    /** The matches not inside a longer one: "agence italienne de protection des données", not "italienne" within it. */
    static List<Match> outermost(List<Match> matches) {
        List<Match> outer = new ArrayList<>();
        for (Match m : matches) {
            boolean inside = matches.stream().anyMatch(o -> o != m && o.first() <= m.first() && o.last() >= m.last()
                    && (o.last() - o.first()) > (m.last() - m.first()));
            if (!inside) {
                outer.add(m);
            }
        }
        return outer;
    }
}
