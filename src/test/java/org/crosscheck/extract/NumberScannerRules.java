package org.crosscheck.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.rules.MultiplierRule;
import org.crosscheck.rules.NumberWordsRule;
import org.crosscheck.rules.ScaleRule;

/** The entries of {@code rules/numbers.yaml}, read on their own so the number tests need no other rules file. */
record NumberScannerRules(List<NumberWordsRule> words, List<ScaleRule> scales, List<MultiplierRule> multipliers) {

    static final Path FILE = Path.of("rules", "numbers.yaml");

    NumberScannerRules {
        words = List.copyOf(words);
        scales = List.copyOf(scales);
        multipliers = List.copyOf(multipliers);
    }

    static NumberScannerRules load() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<NumberWordsRule> words = new ArrayList<>();
        List<ScaleRule> scales = new ArrayList<>();
        List<MultiplierRule> multipliers = new ArrayList<>();
        try {
            for (JsonNode node : mapper.readTree(Files.readString(FILE, StandardCharsets.UTF_8))) {
                ObjectNode entry = node.deepCopy();
                String kind = entry.remove("kind").asText();
                switch (kind) {
                    case "words" -> words.add(mapper.treeToValue(entry, NumberWordsRule.class));
                    case "scale" -> scales.add(mapper.treeToValue(entry, ScaleRule.class));
                    case "multiplier" -> multipliers.add(mapper.treeToValue(entry, MultiplierRule.class));
                    default -> throw new IllegalStateException(FILE + ": unknown kind " + kind);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(FILE + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NumberScannerRules(words, scales, multipliers);
    }

    NumberScanner scanner() {
        return new NumberScanner(words, scales, multipliers);
    }
}
