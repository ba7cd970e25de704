package org.crosscheck.bench.corpus;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A gold file in the format of ../shared/gold/seed-findings.yaml (must_flag, must_agree,
 * must_not_link), read entry by entry with Jackson's streaming YAML parser and kept compactly: claims
 * in one list with their repeated strings shared, entries as ranges of it.
 */
final class GoldFile {

    /** The sections scored. */
    enum Section { MUST_FLAG, MUST_AGREE, MUST_NOT_LINK }

    /** A claim as the gold names it; the quote is folded as {@link #fold} folds text. */
    record Claim(String source, String quote, BigDecimal value, String unit, String qualifier, String subject) {
    }

    /** An entry: its section, name, the finding kinds it allows (must_flag) and its claims, {@code first} to {@code first + count}. */
    record Item(Section section, String name, Set<String> kinds, int first, int count) {
    }

    private record RawClaim(String source, String quote, BigDecimal value, String unit, String qualifier, String subject) {
    }

    private record RawItem(String name, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> kind,
                           List<RawClaim> claims) {
    }

    final List<Item> items = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    private final Map<String, String> shared = new HashMap<>();

    private GoldFile() {
    }

    static GoldFile read(Path path) throws IOException {
        ObjectMapper mapper = new ObjectMapper(largeYaml())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        GoldFile gold = new GoldFile();
        try (JsonParser parser = mapper.getFactory().createParser(path.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(path + " is not a YAML mapping of sections");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Section section = switch (parser.currentName()) {
                    case "must_flag" -> Section.MUST_FLAG;
                    case "must_agree" -> Section.MUST_AGREE;
                    case "must_not_link" -> Section.MUST_NOT_LINK;
                    default -> null;
                };
                if (parser.nextToken() != JsonToken.START_ARRAY || section == null) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    gold.add(section, mapper.readValue(parser, RawItem.class));
                }
            }
        }
        return gold;
    }

    private void add(Section section, RawItem raw) {
        int first = claims.size();
        for (RawClaim c : raw.claims()) {
            claims.add(new Claim(share(c.source()), fold(c.quote()), c.value(), share(c.unit()), share(c.qualifier()), share(c.subject())));
        }
        items.add(new Item(section, raw.name(), raw.kind() == null ? Set.of() : Set.copyOf(raw.kind()), first, raw.claims().size()));
    }

    private String share(String text) {
        return text == null ? null : shared.computeIfAbsent(text, t -> t);
    }

    /** The claims of each source, as indices into {@link #claims}. */
    Map<String, List<Integer>> claimsBySource() {
        Map<String, List<Integer>> bySource = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            bySource.computeIfAbsent(claims.get(i).source(), s -> new ArrayList<>(4)).add(i);
        }
        return bySource;
    }

    /** A YAML factory without SnakeYAML's default limit of 3 MB a document: a large corpus has a larger gold file and gazetteer. */
    static YAMLFactory largeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Folds no-break spaces to spaces and typographic apostrophes to ', as gold quotes are compared. */
    static String fold(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', '\'');
    }
}
