package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.rules.MultiplierRule;
import org.crosscheck.rules.NumberWordsRule;
import org.crosscheck.rules.ScaleRule;

/** One language's number words, scale abbreviations and separators, ready for scanning. */
final class NumberLexicon {

    private static final long HUNDRED = 100;

    private final NumberTrie trie;
    private final Map<String, BigDecimal> abbreviations;
    private final int longestAbbreviation;
    private final NumberSeparators separators;
    private final Map<Long, Long> tensLimits;
    private final BigDecimal lowestScale;

    /** Builds the lexicon of {@code language} from the rules that are in that language. */
    NumberLexicon(String language, List<NumberWordsRule> wordRules, List<ScaleRule> scales, List<MultiplierRule> multipliers) {
        Map<String, NumberWord> words = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        TreeSet<Long> tens = new TreeSet<>();
        for (NumberWordsRule rule : wordRules) {
            if (!rule.language().equals(language)) {
                continue;
            }
            for (Map.Entry<String, Long> value : rule.values().entrySet()) {
                boolean article = rule.articles().contains(value.getKey());
                put(words, owners, rule.id(), value.getKey(), new NumberWord(NumberWord.Kind.VALUE, BigDecimal.valueOf(value.getValue()), article));
                long v = value.getValue();
                if (v >= 20 && v < HUNDRED && v % 10 == 0) {
                    tens.add(v);
                }
            }
            for (String word : rule.hundreds()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.HUNDRED, BigDecimal.valueOf(HUNDRED), false));
            }
            for (String word : rule.articles()) {
                if (!rule.values().containsKey(word)) {
                    put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.ARTICLE, BigDecimal.ONE, true));
                }
            }
            for (String word : rule.connectors()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.CONNECTOR, BigDecimal.ZERO, false));
            }
        }
        Map<String, BigDecimal> abbreviationValues = new HashMap<>();
        BigDecimal lowest = null;
        for (ScaleRule rule : scales) {
            if (!rule.language().equals(language)) {
                continue;
            }
            if (rule.value().signum() <= 0) {
                throw new IllegalArgumentException("rule '" + rule.id() + "': a scale must be positive, got " + rule.value());
            }
            for (String word : rule.words()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.SCALE, rule.value(), false));
            }
            for (String abbreviation : rule.abbreviations()) {
                if (abbreviation.isEmpty() || !abbreviation.chars().allMatch(c -> NumberText.isLetter((char) c))) {
                    throw new IllegalArgumentException("rule '" + rule.id() + "': an abbreviation is letters only, got '" + abbreviation + "'");
                }
                BigDecimal previous = abbreviationValues.putIfAbsent(abbreviation, rule.value());
                if (previous != null && previous.compareTo(rule.value()) != 0) {
                    throw new IllegalArgumentException("rule '" + rule.id() + "': abbreviation '" + abbreviation + "' already means " + previous);
                }
            }
            lowest = lowest == null || rule.value().compareTo(lowest) < 0 ? rule.value() : lowest;
        }
        for (MultiplierRule rule : multipliers) {
            if (rule.language().equals(language)) {
                for (String word : rule.words()) {
                    put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.MULTIPLIER, rule.value(), false));
                }
            }
        }
        this.trie = new NumberTrie(words);
        this.abbreviations = Map.copyOf(abbreviationValues);
        this.longestAbbreviation = abbreviationValues.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.separators = NumberSeparators.of(language);
        Map<Long, Long> limits = new HashMap<>();
        for (long t : tens) {
            Long next = tens.higher(t);
            limits.put(t, next == null ? HUNDRED : next);
        }
        this.tensLimits = Map.copyOf(limits);
        this.lowestScale = lowest;
    }

    private static void put(Map<String, NumberWord> words, Map<String, String> owners, String ruleId, String word, NumberWord meaning) {
        String key = NumberTrie.normalised(word);
        NumberWord previous = words.putIfAbsent(key, meaning);
        if (previous != null && !previous.equals(meaning)) {
            throw new IllegalArgumentException("rule '" + ruleId + "': number word '" + word + "' is already a "
                    + previous.kind().name().toLowerCase(Locale.ROOT) + " in rule '" + owners.get(key) + "'");
        }
        owners.putIfAbsent(key, ruleId);
    }

    NumberTrie trie() {
        return trie;
    }

    NumberSeparators separators() {
        return separators;
    }

    /** The scale an abbreviation stands for ("bn", "M", "Md"), or null; case counts. */
    BigDecimal abbreviation(String text, int start, int end) {
        return end - start > longestAbbreviation ? null : abbreviations.get(text.substring(start, end));
    }

    /**
     * How far a tens word can be completed: "vingt" takes units up to 9, "soixante" up to 19 when the
     * language has no word for seventy; -1 when {@code value} is not a tens word.
     */
    long tensLimit(long value) {
        Long limit = tensLimits.get(value);
        return limit == null ? -1 : limit;
    }

    /** Whether {@code scale} is the language's smallest scale, the one that may stand alone ("mille"). */
    boolean isLowestScale(BigDecimal scale) {
        return lowestScale != null && lowestScale.compareTo(scale) == 0;
    }
}
