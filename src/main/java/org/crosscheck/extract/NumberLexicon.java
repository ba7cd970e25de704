package org.crosscheck.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.rules.MultiplierRule;
import org.crosscheck.rules.NumberWordsRule;
import org.crosscheck.rules.ScaleRule;

/** One language's number words (cardinal, ordinal, fraction, decimal and sign words), scale abbreviations and separators, ready for scanning. */
final class NumberLexicon {

    private static final long HUNDRED = 100;
    private static final BigDecimal HALF_DENOMINATOR = BigDecimal.valueOf(2);

    private final NumberTrie trie;
    private final Map<String, BigDecimal> abbreviations;
    private final int longestAbbreviation;
    private final NumberSeparators separators;
    private final Map<Long, Long> tensLimits;
    private final BigDecimal lowestScale;
    private final boolean pluralAgreement;
    private final Set<String> partitives;
    private final Set<String> notNegativeAfter;

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
            for (String word : rule.halves()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.HALF, HALF_DENOMINATOR, false));
            }
            for (String word : rule.over()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.OVER, BigDecimal.ZERO, false));
            }
            for (String word : rule.decimalPoints()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.POINT, BigDecimal.ZERO, false));
            }
            for (String word : rule.negatives()) {
                put(words, owners, rule.id(), word, new NumberWord(NumberWord.Kind.NEGATIVE, BigDecimal.ZERO, false));
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
        TreeSet<String> partitiveWords = new TreeSet<>();
        TreeSet<String> blockers = new TreeSet<>();
        boolean agreement = false;
        for (NumberWordsRule rule : wordRules) {
            if (rule.language().equals(language)) {
                putOrdinals(words, owners, rule);
                rule.partitives().forEach(word -> partitiveWords.add(NumberTrie.normalised(word)));
                rule.notNegativeAfter().forEach(word -> blockers.add(NumberTrie.normalised(word)));
                agreement |= rule.pluralAgreement();
            }
        }
        this.trie = new NumberTrie(words);
        this.pluralAgreement = agreement;
        this.partitives = Set.copyOf(partitiveWords);
        this.notNegativeAfter = Set.copyOf(blockers);
        this.abbreviations = Map.copyOf(abbreviationValues);
        this.longestAbbreviation = abbreviationValues.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.separators = wordRules.stream().filter(rule -> rule.language().equals(language)).findFirst()
                .map(NumberSeparators::of)
                .orElseThrow(() -> new IllegalArgumentException("no number words for language '" + language + "'"));
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

    /** Adds the ordinals of {@code rule}, singular and plural ("tiers" is both), each as the cardinal word it stands for. */
    private static void putOrdinals(Map<String, NumberWord> words, Map<String, String> owners, NumberWordsRule rule) {
        for (Map.Entry<String, String> ordinal : new TreeMap<>(rule.ordinals()).entrySet()) {
            NumberWord cardinal = words.get(NumberTrie.normalised(ordinal.getValue()));
            if (cardinal == null || cardinal.ordinal() || cardinal.kind() != NumberWord.Kind.VALUE
                    && cardinal.kind() != NumberWord.Kind.HUNDRED && cardinal.kind() != NumberWord.Kind.SCALE) {
                throw new IllegalArgumentException("rule '" + rule.id() + "': ordinal '" + ordinal.getKey() + "' stands for '"
                        + ordinal.getValue() + "', which is no value, hundred or scale word of the language");
            }
            String word = ordinal.getKey();
            boolean invariable = !rule.pluralSuffix().isEmpty() && word.endsWith(rule.pluralSuffix());
            put(words, owners, rule.id(), word, new NumberWord(cardinal.kind(), cardinal.value(), false, true, invariable));
            if (!rule.pluralSuffix().isEmpty() && !invariable) {
                put(words, owners, rule.id(), word + rule.pluralSuffix(), new NumberWord(cardinal.kind(), cardinal.value(), false, true, true));
            }
        }
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

    /** Whether a numerator above one takes a plural denominator ("three fifths"), and a hyphen may join the two ("two-thirds"). */
    boolean pluralAgreement() {
        return pluralAgreement;
    }

    /** Whether the word {@code text[start, end)} may follow a fraction whose numerator is an article ("un quart de"). */
    boolean isPartitive(String text, int start, int end) {
        return partitives.contains(NumberText.folded(text, start, end));
    }

    /** Whether a sign word after the word {@code text[start, end)} is no sign ("au moins", "plus or minus"). */
    boolean blocksNegative(String text, int start, int end) {
        return notNegativeAfter.contains(NumberText.folded(text, start, end));
    }

    /** Whether {@code scale} is the language's smallest scale, the one that may stand alone ("mille"). */
    boolean isLowestScale(BigDecimal scale) {
        return lowestScale != null && lowestScale.compareTo(scale) == 0;
    }
}
