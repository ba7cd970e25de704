package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Qualifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader on the real {@code rules/} folder, and on copies of it broken one file at a time: every
 * refusal names the file, the entry's line and its id.
 */
class RuleSetLoaderTest {

    private static final Path RULES = Path.of("rules");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    @TempDir
    Path tmp;

    private Path rules;

    @BeforeEach
    void copyRealRules() throws IOException {
        rules = Files.createDirectories(tmp.resolve("rules"));
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aGazetteerLargerThanSnakeYamlsDefaultDocumentLimitLoads() throws IOException {
        StringBuilder more = new StringBuilder("\n");
        int added = 0;
        while (more.length() < 4_000_000) {
            String name = "Invented " + letters(added++);
            String id = name.toLowerCase(Locale.ROOT).replace(' ', '-');
            more.append("- id: ").append(id).append("\n  name: \"").append(name)
                    .append("\"\n  type: company\n  names:\n    fr: [\"").append(name)
                    .append("\"]\n    en: [\"").append(name).append("\"]\n  examples:\n    match:\n")
                    .append("      - {lang: en, text: \"").append(name)
                    .append(" raised €4 million.\", claim: {text: \"€4 million\", subject: ").append(id).append("}}\n");
        }
        Files.writeString(rules.resolve("entities.yaml"), more, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        RuleSet set = RuleSetLoader.load(rules);

        assertThat(set.entities()).hasSize(RuleSetLoader.load(RULES).entities().size() + added);
    }

    // ------------------------------------------------------------------ the real rules

    @Test
    void theRealRulesLoadWithEntriesOfEveryKind() {
        RuleSet set = RuleSetLoader.load(RULES);
        Map<String, List<?>> lists = new java.util.LinkedHashMap<>();
        lists.put("numberWords", set.numberWords());
        lists.put("scales", set.scales());
        lists.put("multipliers", set.multipliers());
        lists.put("units", set.units());
        lists.put("links", set.links());
        lists.put("bounds", set.bounds());
        lists.put("ranges", set.ranges());
        lists.put("vague", set.vague());
        lists.put("statuses", set.statuses());
        lists.put("attributions", set.attributions());
        lists.put("entities", set.entities());
        lists.put("measures", set.measures());
        lists.put("months", set.months());
        lists.put("relativeDates", set.relativeDates());
        lists.forEach((name, list) -> assertThat(list).as(name).isNotEmpty());
        assertThat(set.months()).extracting(MonthsRule::language).containsExactlyInAnyOrder("fr", "en");
        assertThat(set.relativeDates()).extracting(r -> r.language() + ":" + r.shift()).containsExactlyInAnyOrder(
                "fr:previous", "en:previous", "fr:this-year", "en:this-year", "fr:last-year", "en:last-year",
                "fr:next-year", "en:next-year");
        assertThat(set.bounds()).extracting(BoundRule::qualifier)
                .contains("more-than", "at-least", "approx", "less-than", "at-most");
        assertThat(set.statuses()).extracting(StatusRule::status)
                .contains("proposed", "final", "planned", "claimed-by-subject");
        assertThat(set.units()).extracting(UnitRule::id).contains("EUR", "USD", "GBP", "CAD", "SEK", "CHF", "percent", "images");
        assertThat(set.measures()).extracting(MeasureRule::id)
                .contains("fine", "contract-value", "valuation", "funds-raised", "database-size", "search-count", "client-count");
    }

    @Test
    void everyRealPerLanguageMapIsKeyedFrOrEnAndEveryExampleHasALanguage() {
        RuleSet set = RuleSetLoader.load(RULES);
        List<String> problems = new ArrayList<>();
        for (Rule rule : set.all()) {
            for (Map<String, List<String>> map : perLanguageMaps(rule)) {
                for (Map.Entry<String, List<String>> e : map.entrySet()) {
                    if (!LANGUAGES.contains(e.getKey())) {
                        problems.add(rule.id() + ": language key '" + e.getKey() + "'");
                    }
                    if (e.getValue().stream().anyMatch(w -> w == null || w.isBlank() || !w.equals(w.strip()))) {
                        problems.add(rule.id() + ": a blank word or a word with outer spaces in " + e.getKey());
                    }
                }
            }
            for (Examples.MatchExample m : rule.examples().match()) {
                if (!LANGUAGES.contains(m.lang()) || m.text() == null || m.claim() == null) {
                    problems.add(rule.id() + ": match example without lang, text or claim: " + m);
                } else if (m.claim().text() != null && !m.text().contains(m.claim().text())) {
                    problems.add(rule.id() + ": claim text '" + m.claim().text() + "' is not in '" + m.text() + "'");
                }
                if (m.published() != null && !m.published().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    problems.add(rule.id() + ": published '" + m.published() + "'");
                }
                if (m.claim() != null && m.claim().time() != null && !m.claim().time().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    problems.add(rule.id() + ": time '" + m.claim().time() + "'");
                }
            }
            for (Examples.NoMatchExample n : rule.examples().noMatch()) {
                if (!LANGUAGES.contains(n.lang()) || n.text() == null || n.text().isBlank()) {
                    problems.add(rule.id() + ": noMatch example without lang or text: " + n);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void realUnitsAreConsistent() {
        RuleSet set = RuleSetLoader.load(RULES);
        List<String> problems = new ArrayList<>();
        Map<String, String> symbolOwner = new HashMap<>();
        Map<String, String> defaultOwner = new HashMap<>();
        Map<String, String> wordOwner = new HashMap<>();
        for (UnitRule unit : set.units()) {
            boolean moneyOrShare = unit.dimension().equals("currency") || unit.dimension().equals("percent");
            if (unit.kind().equals("count") ? moneyOrShare : !unit.kind().equals(unit.dimension())) {
                problems.add(unit.id() + ": kind " + unit.kind() + " but dimension " + unit.dimension()
                        + " (a currency or percent has its kind as dimension; a counted unit any other)");
            }
            if (unit.kind().equals("currency") && !unit.id().matches("[A-Z]{3}")) {
                problems.add(unit.id() + ": a currency's id is its ISO 4217 code");
            }
            if (unit.symbols().isEmpty() && unit.words().isEmpty()) {
                problems.add(unit.id() + ": neither symbols nor words");
            }
            for (String symbol : unit.symbols()) {
                String other = symbolOwner.put(symbol, unit.id());
                if (other != null) {
                    problems.add("symbol '" + symbol + "' is both " + other + " and " + unit.id() + ": use sharedSymbols");
                }
            }
            for (String symbol : unit.defaultFor()) {
                if (!unit.sharedSymbols().contains(symbol)) {
                    problems.add(unit.id() + ": default for '" + symbol + "', which is not among its shared symbols");
                }
                String other = defaultOwner.put(symbol, unit.id());
                if (other != null) {
                    problems.add("'" + symbol + "' is the default of both " + other + " and " + unit.id());
                }
            }
            unit.words().forEach((lang, words) -> words.forEach(word -> {
                String other = wordOwner.put(lang + ":" + word.toLowerCase(Locale.ROOT), unit.id());
                if (other != null && !other.equals(unit.id())) {
                    problems.add(lang + " word '" + word + "' is both " + other + " and " + unit.id());
                }
            }));
        }
        for (String symbol : symbolOwner.keySet()) {
            if (set.units().stream().anyMatch(u -> u.sharedSymbols().contains(symbol))) {
                problems.add("'" + symbol + "' is both a symbol of " + symbolOwner.get(symbol) + " and shared");
            }
        }
        // words that look like money but are not (la Couronne, cent entreprises, des livres)
        for (String lang : LANGUAGES) {
            for (String word : List.of("couronne", "couronnes", "cent", "cents", "livre", "livres", "fils")) {
                String owner = wordOwner.get(lang + ":" + word);
                if (owner != null && set.units().stream().anyMatch(u -> u.id().equals(owner) && u.kind().equals("currency"))) {
                    problems.add(lang + " '" + word + "' must not name a currency on its own, but names " + owner);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(defaultOwner).containsEntry("$", "USD");
    }

    @Test
    void realExamplesAndReferencesNameKnownIds() {
        RuleSet set = RuleSetLoader.load(RULES);
        Set<String> units = ids(set.units());
        Set<String> countUnits = new HashSet<>();
        set.units().stream().filter(u -> u.kind().equals("count")).forEach(u -> countUnits.add(u.id()));
        Set<String> measures = set.measureLabels().keySet();
        Map<String, EntityRule> entities = new HashMap<>();
        set.entities().forEach(e -> entities.put(e.id(), e));
        Set<String> dimensions = new HashSet<>();
        set.units().forEach(u -> dimensions.add(u.dimension()));
        List<String> problems = new ArrayList<>();

        for (MeasureRule measure : set.measures()) {
            if (!dimensions.contains(measure.dimension())) {
                problems.add(measure.id() + ": dimension " + measure.dimension() + " has no unit");
            }
            for (String unit : measure.units()) {
                if (!countUnits.contains(unit)) {
                    problems.add(measure.id() + ": unit '" + unit + "' is not a counted noun of units.yaml");
                }
            }
            if (measure.triggers().isEmpty() || measure.label() == null || measure.label().isBlank()) {
                problems.add(measure.id() + ": needs a label and triggers");
            }
        }

        Set<String> types = Set.of("country", "authority", "agency", "company", "organisation");
        Map<String, String> aliasOwner = new HashMap<>();
        for (EntityRule entity : set.entities()) {
            if (!entity.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(entity.id() + ": an entity id is kebab-case");
            }
            if (!types.contains(entity.type())) {
                problems.add(entity.id() + ": type " + entity.type());
            }
            if (entity.names().isEmpty() || entity.name() == null) {
                problems.add(entity.id() + ": needs a name and names");
            }
            if (entity.type().equals("country") && entity.adjectives().isEmpty()) {
                problems.add(entity.id() + ": a country needs its adjectives");
            }
            if (entity.country() != null) {
                EntityRule country = entities.get(entity.country());
                if (country == null || !Set.of("country", "organisation").contains(country.type())) {
                    problems.add(entity.id() + ": country '" + entity.country() + "' is not a country entity");
                }
            }
            entity.names().forEach((lang, names) -> names.forEach(name -> {
                String other = aliasOwner.put(lang + ":" + name, entity.id());
                if (other != null && !other.equals(entity.id())) {
                    problems.add(lang + " name '" + name + "' is both " + other + " and " + entity.id());
                }
            }));
        }

        for (Rule rule : set.all()) {
            for (Examples.MatchExample example : rule.examples().match()) {
                ExpectedClaim claim = example.claim();
                if (claim == null) {
                    continue;
                }
                check(problems, rule, "unit", claim.unit(), units::contains);
                check(problems, rule, "measure", claim.measure(), measures::contains);
                check(problems, rule, "subject", claim.subject(), entities::containsKey);
                check(problems, rule, "attribution", claim.attribution(), entities::containsKey);
                check(problems, rule, "qualifier", claim.qualifier(), id -> isId(id, Qualifier::fromId));
                check(problems, rule, "status", claim.status(), id -> isId(id, ClaimStatus::fromId));
                if (claim.low() != null && claim.high() != null && claim.low().compareTo(claim.high()) > 0) {
                    problems.add(rule.id() + ": example low " + claim.low() + " above high " + claim.high());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void realVagueAndBoundRulesDescribeSaneIntervals() {
        RuleSet set = RuleSetLoader.load(RULES);
        for (VagueRule rule : set.vague()) {
            assertThat(rule.low()).as(rule.id()).isNotNull().isPositive();
            assertThat(rule.high()).as(rule.id()).isGreaterThanOrEqualTo(rule.low());
            assertThat(rule.stated()).as(rule.id()).isNotNull().isPositive();
            assertThat(rule.words()).as(rule.id()).isNotEmpty();
        }
        for (BoundRule rule : set.bounds()) {
            boolean usesMargin = rule.low().startsWith("margin") || rule.high().startsWith("margin");
            assertThat(rule.margin().signum() > 0).as(rule.id() + " has a margin exactly when it uses one").isEqualTo(usesMargin);
            assertThat(rule.margin()).as(rule.id()).isLessThan(java.math.BigDecimal.ONE);
        }
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void anUnknownKeyNamesTheFileTheEntrysLineAndItsId() throws IOException {
        int line = append("entities.yaml", """
                - id: test-unknown-key
                  name: Testland
                  type: country
                  nmes: {fr: [Testland]}
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).isEqualTo(rules.resolve("entities.yaml").toString());
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-unknown-key'").contains("unknown key 'nmes'");
        assertThat(d.toString()).startsWith(rules.resolve("entities.yaml") + ":" + line + ": ");
    }

    @Test
    void anUnknownKeyInsideAnExampleIsAnError() throws IOException {
        int line = append("measures.yaml", """
                - id: test-example-key
                  label: test
                  dimension: currency
                  grows: false
                  triggers: {fr: [essai]}
                  examples:
                    match:
                      - {lang: fr, text: "Un essai de 5 euros.", claim: {txt: "5 euros"}}
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("measures.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-example-key'").contains("unknown key 'txt'");
    }

    @Test
    void anEntryWithoutIdIsRefusedAtItsLine() throws IOException {
        int line = append("measures.yaml", """
                - label: test
                  dimension: currency
                  grows: false
                  triggers: {fr: [essai]}
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("measures.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("missing id");
    }

    @Test
    void aDuplicateIdAcrossTwoFilesNamesTheFirstPlace() throws IOException {
        int first = append("qualifiers.yaml", """
                - id: test-duplicate
                  kind: attribution
                  words: {fr: [selon-test]}
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                """);
        int second = append("entities.yaml", """
                - id: test-duplicate
                  name: Testland
                  type: country
                  names: {fr: [Testland]}
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).isEqualTo(rules.resolve("entities.yaml").toString());
        assertThat(d.line()).isEqualTo(second);
        assertThat(d.message()).contains("'test-duplicate'").contains("duplicate id")
                .contains(rules.resolve("qualifiers.yaml") + ":" + first);
    }

    @Test
    void aDuplicateIdWithinOneFileIsAnErrorToo() throws IOException {
        append("dates.yaml", """
                - id: test-twice
                  kind: relative
                  language: fr
                  shift: this-year
                  words: [cette année-là]
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                - id: test-twice
                  kind: relative
                  language: en
                  shift: this-year
                  words: [that year]
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        assertThat(refusal().message()).contains("'test-twice'").contains("duplicate id, first used at " + rules.resolve("dates.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  examples: {}\n", "  examples: {match: [], noMatch: []}\n"})
    void anEntryWithoutExamplesIsRefused(String examples) throws IOException {
        int line = append("qualifiers.yaml", """
                - id: test-no-examples
                  kind: attribution
                  words: {en: [as told by]}
                """ + examples);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("qualifiers.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-no-examples'").contains("no examples");
    }

    @Test
    void anUnknownQualifierIsRefused() throws IOException {
        int line = appendBound("test-bad-qualifier", "roughly", "stated", "stated");
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-qualifier'").contains("unknown qualifier 'roughly'");
    }

    @Test
    void anUnknownIntervalEndIsRefused() throws IOException {
        int line = appendBound("test-bad-end", "approx", "stated", "half-way");
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("qualifiers.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-end'").contains("unknown interval end 'half-way'");
    }

    @Test
    void aMeasureOfAnUnknownDimensionOrUnitIsRefused() throws IOException {
        int line = append("measures.yaml", """
                - id: test-bad-dimension
                  label: test
                  dimension: currancy
                  grows: false
                  triggers: {en: [test]}
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("measures.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-dimension'").contains("unknown dimension 'currancy'");
    }

    @Test
    void aVagueQuantityWithoutItsFiguresIsRefused() throws IOException {
        int line = append("qualifiers.yaml", """
                - id: test-bad-vague
                  kind: vague
                  words: {en: [umpteen]}
                  low: 5
                  high: 3
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-vague'").contains("stated, low and high");
    }

    @Test
    void anUnknownStatusIsRefused() throws IOException {
        int line = append("qualifiers.yaml", """
                - id: test-bad-status
                  kind: status
                  status: rumoured
                  words: {en: [rumoured]}
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-status'").contains("unknown status 'rumoured'");
    }

    @Test
    void anUnknownShiftIsRefused() throws IOException {
        int line = append("dates.yaml", """
                - id: test-bad-shift
                  kind: relative
                  language: en
                  shift: tomorrow
                  words: [tomorrow]
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("dates.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-shift'").contains("unknown shift 'tomorrow'");
    }

    @Test
    void anUnknownKindIsRefused() throws IOException {
        int line = append("qualifiers.yaml", """
                - id: test-bad-kind
                  kind: hedge
                  words: {en: [perhaps]}
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-kind'").contains("unknown kind 'hedge'");
    }

    @Test
    void anUnknownUnitKindIsRefused() throws IOException {
        int line = append("units.yaml", """
                - id: test-bad-unit-kind
                  kind: weight
                  dimension: mass
                  words: {en: [kilograms]}
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("units.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-unit-kind'").contains("unknown kind 'weight'");
    }

    @Test
    void aLanguageOtherThanFrOrEnIsRefused() throws IOException {
        int line = append("dates.yaml", """
                - id: test-bad-language
                  kind: relative
                  language: de
                  shift: last-year
                  words: [letztes Jahr]
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-bad-language'").contains("language must be one of");
    }

    @Test
    void monthsNeedTwelveEntries() throws IOException {
        int line = append("dates.yaml", """
                - id: test-eleven-months
                  kind: months
                  language: fr
                  months: [[a], [b], [c], [d], [e], [f], [g], [h], [i], [j], [k]]
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-eleven-months'").contains("12");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws IOException {
        int line = append("measures.yaml", """
                - id: test-wrong-type
                  label: test
                  dimension: currency
                  grows: sometimes
                  triggers: {fr: [essai]}
                  examples:
                    noMatch: [{lang: fr, text: "Rien."}]
                """);
        Diagnostic d = refusal();
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("'test-wrong-type'");
    }

    @Test
    void anEntryThatIsNotAMappingIsRefused() throws IOException {
        int line = append("measures.yaml", "- just a string\n");
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("measures.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.message()).contains("mapping");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        int line = append("entities.yaml", """
                - id: test-invalid-yaml
                  name: "Testland
                  type: country
                """);
        Diagnostic d = refusal();
        assertThat(d.file()).isEqualTo(rules.resolve("entities.yaml").toString());
        assertThat(d.message()).startsWith("invalid YAML");
        // the parser notices the open quote on the entry's lines or at the end of the file, never before
        assertThat(d.line()).isBetween(line + 1, line + 4);
    }

    @Test
    void aFileThatIsNotAListIsRefused() throws IOException {
        Files.writeString(rules.resolve("measures.yaml"), "# a comment\nfine: {label: fine}\n", StandardCharsets.UTF_8);
        Diagnostic d = refusal();
        assertThat(d.file()).endsWith("measures.yaml");
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.message()).contains("YAML list");
    }

    @Test
    void aMissingFileIsRefusedByName() throws IOException {
        Files.delete(rules.resolve("dates.yaml"));
        Diagnostic d = refusal();
        assertThat(d.file()).isEqualTo(rules.resolve("dates.yaml").toString());
        assertThat(d.line()).isZero();
        assertThat(d.message()).contains("missing rules file");
    }

    @Test
    void anEmptyFileLoadsAsNoEntries() throws IOException {
        Files.writeString(rules.resolve("measures.yaml"), "# nothing yet\n", StandardCharsets.UTF_8);
        assertThat(RuleSetLoader.load(rules).measures()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** Appends entries to a rules file of the copy; returns the line the first appended entry starts on. */
    private int append(String file, String yaml) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(path, text + yaml, StandardCharsets.UTF_8);
        return line;
    }

    private int appendBound(String id, String qualifier, String low, String high) throws IOException {
        return append("qualifiers.yaml", """
                - id: %s
                  kind: bound
                  qualifier: %s
                  low: %s
                  high: %s
                  words: {en: [testwise]}
                  examples:
                    noMatch: [{lang: en, text: "Nothing."}]
                """.formatted(id, qualifier, low, high));
    }

    private Diagnostic refusal() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> RuleSetLoader.load(rules));
        assertThat(thrown).isInstanceOf(BadInputException.class);
        return ((BadInputException) thrown).diagnostic();
    }

    private static Set<String> ids(List<? extends Rule> rules) {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static void check(List<String> problems, Rule rule, String what, String value, java.util.function.Predicate<String> known) {
        if (value != null && !known.test(value)) {
            problems.add(rule.id() + ": example " + what + " '" + value + "' is unknown");
        }
    }

    private static boolean isId(String id, Function<String, ?> parse) {
        try {
            parse.apply(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Map<String, List<String>>> perLanguageMaps(Rule rule) {
        if (rule instanceof UnitRule r) {
            return List.of(r.words());
        } else if (rule instanceof LinkRule r) {
            return List.of(r.words());
        } else if (rule instanceof BoundRule r) {
            return List.of(r.words());
        } else if (rule instanceof RangeRule r) {
            return List.of(r.opening(), r.joining());
        } else if (rule instanceof VagueRule r) {
            return List.of(r.words());
        } else if (rule instanceof StatusRule r) {
            return List.of(r.words());
        } else if (rule instanceof AttributionRule r) {
            return List.of(r.words());
        } else if (rule instanceof EntityRule r) {
            return List.of(r.names(), r.adjectives());
        } else if (rule instanceof MeasureRule r) {
            return List.of(r.triggers());
        }
        return List.of();
    }

    /** A distinct name made of letters only ("A", "B", ..., "Ba", ...), as entity names are. */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        int rest = n;
        do {
            name.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
