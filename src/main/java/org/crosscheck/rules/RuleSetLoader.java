package org.crosscheck.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Qualifier;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads {@code rules/} into a {@link RuleSet}. Each file is a YAML list of entries; an entry with
 * an unknown key, without an id or examples, or with an id another entry has, is an error that
 * names the file, the entry's line and its id.
 */
public final class RuleSetLoader {

    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final YAMLFactory yaml = largeYaml();
    private final ObjectMapper mapper = new ObjectMapper(yaml)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, String> seenIds = new HashMap<>();

    /** Loads the rule set in {@code dir}. */
    public static RuleSet load(Path dir) {
        return new RuleSetLoader().loadAll(dir);
    }

    private RuleSet loadAll(Path dir) {
        List<NumberWordsRule> numberWords = new ArrayList<>();
        List<ScaleRule> scales = new ArrayList<>();
        List<MultiplierRule> multipliers = new ArrayList<>();
        read(dir, "numbers.yaml", entry -> {
            switch (entry.kind()) {
                case "words" -> numberWords.add(entry.as(NumberWordsRule.class));
                case "scale" -> scales.add(entry.as(ScaleRule.class));
                case "multiplier" -> multipliers.add(entry.as(MultiplierRule.class));
                default -> throw entry.error("unknown kind '" + entry.kind() + "' (known: words, scale, multiplier)");
            }
        });
        List<UnitRule> units = new ArrayList<>();
        List<SubunitRule> subunits = new ArrayList<>();
        List<LinkRule> links = new ArrayList<>();
        read(dir, "units.yaml", entry -> {
            if (entry.kind().equals("link")) {
                links.add(entry.as(LinkRule.class));
            } else if (entry.kind().equals("subunit")) {
                subunits.add(entry.as(SubunitRule.class));
            } else {
                units.add(entry.asWithKind(UnitRule.class, "currency", "count", "percent"));
            }
        });
        List<BoundRule> bounds = new ArrayList<>();
        List<RangeRule> ranges = new ArrayList<>();
        List<VagueRule> vague = new ArrayList<>();
        List<StatusRule> statuses = new ArrayList<>();
        List<AttributionRule> attributions = new ArrayList<>();
        List<ClauseRule> clauses = new ArrayList<>();
        List<ObliqueRule> obliques = new ArrayList<>();
        List<ScopeRule> scopes = new ArrayList<>();
        List<ChangeRule> changes = new ArrayList<>();
        read(dir, "qualifiers.yaml", entry -> {
            switch (entry.kind()) {
                case "bound" -> bounds.add(entry.validated(entry.as(BoundRule.class), rule -> {
                    Qualifier.fromId(rule.qualifier());
                    IntervalEnd.fromId(rule.low());
                    IntervalEnd.fromId(rule.high());
                }));
                case "range" -> ranges.add(entry.as(RangeRule.class));
                case "vague" -> vague.add(entry.as(VagueRule.class));
                case "status" -> statuses.add(entry.validated(entry.as(StatusRule.class), rule -> ClaimStatus.fromId(rule.status())));
                case "attribution" -> attributions.add(entry.as(AttributionRule.class));
                case "clause" -> clauses.add(entry.as(ClauseRule.class));
                case "oblique" -> obliques.add(entry.as(ObliqueRule.class));
                case "scope" -> scopes.add(entry.validated(entry.as(ScopeRule.class), rule -> {
                    if (rule.scope() == null || !rule.scope().matches("[a-z][a-z0-9-]*") || rule.label() == null || rule.label().isBlank()) {
                        throw new IllegalArgumentException("a scope needs a 'scope' slug (lower-case letters, digits, hyphens) and a 'label'");
                    }
                    if (rule.before().isEmpty() && rule.after().isEmpty()) {
                        throw new IllegalArgumentException("a scope needs 'before' or 'after' words");
                    }
                }));
                case "change" -> changes.add(entry.as(ChangeRule.class));
                default -> throw entry.error("unknown kind '" + entry.kind() + "' (known: bound, range, vague, status, attribution, clause, oblique, scope, change)");
            }
        });
        List<EntityRule> entities = new ArrayList<>();
        read(dir, "entities.yaml", entry -> entities.add(entry.as(EntityRule.class)));
        List<MeasureRule> measures = new ArrayList<>();
        Set<String> dimensions = new TreeSet<>();
        units.forEach(u -> dimensions.add(u.dimension()));
        Set<String> unitIds = new TreeSet<>();
        units.forEach(u -> unitIds.add(u.id()));
        read(dir, "measures.yaml", entry -> measures.add(entry.validated(entry.as(MeasureRule.class), rule -> {
            if (!dimensions.contains(rule.dimension())) {
                throw new IllegalArgumentException("unknown dimension '" + rule.dimension() + "' (known from units.yaml: " + dimensions + ")");
            }
            rule.units().stream().filter(u -> !unitIds.contains(u)).findFirst().ifPresent(u -> {
                throw new IllegalArgumentException("unknown unit '" + u + "' (not in units.yaml)");
            });
        })));
        List<MonthsRule> months = new ArrayList<>();
        List<RelativeDateRule> relativeDates = new ArrayList<>();
        List<DateCueRule> dateCues = new ArrayList<>();
        read(dir, "dates.yaml", entry -> {
            switch (entry.kind()) {
                case "months" -> months.add(entry.as(MonthsRule.class));
                case "relative" -> relativeDates.add(entry.validated(entry.as(RelativeDateRule.class), rule -> {
                    if (!Set.of("previous", "this-year", "last-year", "next-year").contains(rule.shift())) {
                        throw new IllegalArgumentException("unknown shift '" + rule.shift() + "' (known: previous, this-year, last-year, next-year)");
                    }
                }));
                case "cue" -> dateCues.add(entry.as(DateCueRule.class));
                default -> throw entry.error("unknown kind '" + entry.kind() + "' (known: months, relative, cue)");
            }
        });
        return new RuleSet(numberWords, scales, multipliers, units, subunits, links, bounds, ranges, vague, statuses, attributions, clauses, obliques, scopes, changes,
                entities, measures, months, relativeDates, dateCues);
    }

    /** One entry of a rules file, with where it is. */
    private final class Entry {
        private final String file;
        private final int line;
        private final ObjectNode node;

        Entry(String file, int line, ObjectNode node) {
            this.file = file;
            this.line = line;
            this.node = node;
        }

        String id() {
            return node.path("id").asText("");
        }

        String kind() {
            return node.path("kind").asText("");
        }

        <T extends Rule> T as(Class<T> type) {
            ObjectNode copy = node.deepCopy();
            copy.remove("kind");
            return convert(copy, type);
        }

        <T extends Rule> T asWithKind(Class<T> type, String... kinds) {
            if (!List.of(kinds).contains(kind())) {
                throw error("unknown kind '" + kind() + "' (known: " + String.join(", ", kinds) + ")");
            }
            return convert(node, type);
        }

        <T extends Rule> T validated(T rule, Consumer<T> check) {
            try {
                check.accept(rule);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            return rule;
        }

        private <T extends Rule> T convert(ObjectNode source, Class<T> type) {
            T rule;
            try {
                rule = mapper.treeToValue(source, type);
            } catch (UnrecognizedPropertyException e) {
                throw error("unknown key '" + e.getPropertyName() + "'");
            } catch (JsonMappingException e) {
                String field = e.getPath().isEmpty() ? "" : "'" + e.getPath().get(e.getPath().size() - 1).getFieldName() + "': ";
                Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
                String message = firstLine(cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : cause.getMessage());
                throw error(field + (message.startsWith("Cannot map `null`") ? "missing" : message));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw error(firstLine(e.getMessage()));
            }
            if (rule.examples() == null || rule.examples().isEmpty()) {
                throw error("no examples: every rule needs at least one match or noMatch example");
            }
            if (node.has("language") && !LANGUAGES.contains(node.path("language").asText())) {
                throw error("language must be one of " + LANGUAGES + ", got '" + node.path("language").asText() + "'");
            }
            return rule;
        }

        BadInputException error(String message) {
            String id = id().isEmpty() ? "" : " (id '" + id() + "')";
            return new BadInputException(new Diagnostic(file, line, "rule" + id + ": " + message));
        }
    }

    private void read(Path dir, String name, Consumer<Entry> handler) {
        Path path = dir.resolve(name);
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(Diagnostic.of(file, "missing rules file"));
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(file, "cannot read rules file: " + e.getMessage()), e);
        }
        List<Integer> lines = entryLines(file, text);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInputException(new Diagnostic(file, Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    "invalid YAML: " + firstLine(e.getOriginalMessage())), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            int line = lines.get(i);
            if (!(node instanceof ObjectNode object)) {
                throw new BadInputException(new Diagnostic(file, line, "rule: an entry must be a mapping with an id"));
            }
            Entry entry = new Entry(file, line, object);
            if (entry.id().isBlank()) {
                throw entry.error("missing id");
            }
            String previous = seenIds.putIfAbsent(entry.id(), file + ":" + line);
            if (previous != null) {
                throw entry.error("duplicate id, first used at " + previous);
            }
            handler.accept(entry);
        }
    }

    /** The line of each top-level entry; the file must be a YAML list. */
    private List<Integer> entryLines(String file, String text) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = yaml.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return lines;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new BadInputException(new Diagnostic(file, parser.currentTokenLocation().getLineNr(),
                        "a rules file must be a YAML list of entries"));
            }
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                lines.add(parser.currentTokenLocation().getLineNr());
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            throw new BadInputException(new Diagnostic(file, e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()),
                    "invalid YAML: " + firstLine(e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(file, "cannot read rules file: " + e.getMessage()), e);
        }
        return lines;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * A YAML reader without SnakeYAML's 3 MB default limit per document: a newsroom gazetteer of
     * tens of thousands of entities is a rules file of tens of MB.
     */
    static YAMLFactory largeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
