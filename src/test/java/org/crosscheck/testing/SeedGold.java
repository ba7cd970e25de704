package org.crosscheck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Quantity;
import org.crosscheck.rules.EntityRule;
import org.crosscheck.rules.RuleSetLoader;

/**
 * What a fact-checker expects of the default corpus (../shared/gold/seed-findings.yaml), and how its
 * entries name claims: a seed number (000..004), a quote the claim's text contains, a value and
 * optionally a unit, qualifier and subject.
 */
public final class SeedGold {

    /** The shared folder beside the project. */
    public static final Path SHARED = Path.of("..", "shared");

    private final JsonNode gold;
    private final Map<String, String> sourceBySeed;
    private final Map<String, EntityRule> entities = new HashMap<>();

    private SeedGold(JsonNode gold, Map<String, String> sourceBySeed) {
        this.gold = gold;
        this.sourceBySeed = sourceBySeed;
        RuleSetLoader.load(Path.of("rules")).entities().forEach(e -> entities.put(e.id(), e));
    }

    /** Whether ../shared holds the seeds and the gold file. */
    public static boolean available() {
        return Files.isRegularFile(SHARED.resolve("gold/seed-findings.yaml")) && Files.isDirectory(SHARED.resolve("seeds"));
    }

    /** The gold file, with each seed matched to the corpus file whose body it is. */
    public static SeedGold load() throws IOException {
        JsonNode gold = new ObjectMapper(new YAMLFactory()).readTree(SHARED.resolve("gold/seed-findings.yaml").toFile());
        Map<String, String> sourceBySeed = new HashMap<>();
        try (Stream<Path> seeds = Files.list(SHARED.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                byte[] body = Files.readAllBytes(seed);
                try (Stream<Path> files = Files.list(DefaultCorpus.PATH)) {
                    for (Path file : files.toList()) {
                        byte[] bytes = Files.readAllBytes(file);
                        if (bytes.length >= body.length && Arrays.equals(bytes, bytes.length - body.length, bytes.length, body, 0, body.length)) {
                            sourceBySeed.put(seed.getFileName().toString().substring(0, 3), file.getFileName().toString());
                        }
                    }
                }
            }
        }
        return new SeedGold(gold, sourceBySeed);
    }

    /** The entries of a section ("must_flag"). */
    public List<JsonNode> section(String name) {
        List<JsonNode> entries = new ArrayList<>();
        gold.path(name).forEach(entries::add);
        return entries;
    }

    /** The corpus file of a seed number ("000"). */
    public String sourceOf(String seed) {
        return sourceBySeed.get(seed);
    }

    /** The seed number of a corpus file, or the file's id when it is no seed. */
    public String seedOf(String sourceId) {
        return sourceBySeed.entrySet().stream().filter(e -> e.getValue().equals(sourceId)).map(Map.Entry::getKey)
                .findFirst().orElse(sourceId);
    }

    /** The index of the first of {@code claims} that the gold claim names, if any. */
    public OptionalInt find(List<Claim> claims, JsonNode expected) {
        String source = sourceOf(expected.path("source").asText());
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).sourceId().equals(source) && matches(claims.get(i), expected)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code claim} is the one the gold claim names: quote, value (its own or an equivalent's), unit, qualifier, subject. */
    public boolean matches(Claim claim, JsonNode expected) {
        if (!fold(claim.text()).contains(fold(expected.path("quote").asText()))) {
            return false;
        }
        List<Quantity> quantities = new ArrayList<>(List.of(claim.quantity()));
        quantities.addAll(claim.equivalents());
        boolean valueMatches = quantities.stream().anyMatch(q ->
                q.stated().compareTo(new BigDecimal(expected.path("value").asText())) == 0
                        && (!expected.has("unit") || q.unit().equals(expected.path("unit").asText()))
                        && (!expected.has("qualifier") || q.qualifier().id().equals(expected.path("qualifier").asText())));
        boolean subjectMatches = !expected.has("subject")
                || claim.subject().map(id -> namesOf(id).contains(expected.path("subject").asText())).orElse(false);
        return valueMatches && subjectMatches;
    }

    /** An entity's name and its country's name: "Garante" is about Italy. */
    private List<String> namesOf(String entityId) {
        EntityRule entity = entities.get(entityId);
        if (entity == null) {
            return List.of();
        }
        EntityRule country = entity.country() == null ? null : entities.get(entity.country());
        return country == null ? List.of(entity.name()) : List.of(entity.name(), country.name());
    }

    /** Folds no-break spaces and typographic apostrophes, as the gold file's quotes are compared. */
    public static String fold(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', '\'');
    }
}
