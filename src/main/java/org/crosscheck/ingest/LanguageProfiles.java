package org.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The languages ingestion knows, loaded from the bundled {@code languages.yaml}. */
public final class LanguageProfiles {

    static final String RESOURCE = "languages.yaml";
    private static final int SAMPLE_CHARS = 20_000;

    private final Map<String, LanguageProfile> byCode;
    private final Set<String> allAbbreviations;

    private LanguageProfiles(Map<String, LanguageProfile> byCode) {
        this.byCode = Map.copyOf(byCode);
        Set<String> union = new HashSet<>();
        byCode.values().forEach(p -> union.addAll(p.abbreviations()));
        this.allAbbreviations = Set.copyOf(union);
    }

    /** Loads the profiles bundled with crosscheck. */
    public static LanguageProfiles bundled() {
        try (InputStream in = LanguageProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, LanguageProfile> profiles = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                profiles.put(entry.getKey(), new LanguageProfile(entry.getKey(),
                        strings(entry.getValue().path("functionWords")),
                        strings(entry.getValue().path("abbreviations"))));
            }
            return new LanguageProfiles(profiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True when crosscheck has language data for this ISO 639-1 code. */
    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** Abbreviations of the language, or of every known language when it is not known. */
    Set<String> abbreviations(String code) {
        LanguageProfile profile = byCode.get(code);
        return profile == null ? allAbbreviations : profile.abbreviations();
    }

    /** The language whose function words occur most often near the start of the text, if any occur. */
    Optional<String> guess(String text, int from) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        int end = Math.min(text.length(), from + SAMPLE_CHARS);
        int i = from;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (LanguageProfile profile : byCode.values()) {
                    if (profile.functionWords().contains(word)) {
                        scores.merge(profile.code(), 1, Integer::sum);
                    }
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
