package org.crosscheck.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.ReconcilePolicy;
import org.crosscheck.model.Severity;

/**
 * Loads {@code policy.yaml}: every key optional, an unknown key or a bad value an error that names
 * the file and line. Without the file, the defaults apply.
 */
public final class PolicyLoader {

    /** The policy file in a rules folder. */
    public static final String FILE = "policy.yaml";

    private static final Set<String> TOP_KEYS = Set.of("tolerance", "conflict", "edge", "kinds", "vague", "attribution");

    private final String file;
    private final Map<String, Integer> lines;

    private PolicyLoader(String file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** The policy in {@code rulesDir}, or the defaults when it has no policy file. */
    public static ReconcilePolicy load(Path rulesDir) {
        Path path = rulesDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return ReconcilePolicy.defaults();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(path.toString(), "cannot read policy: " + e.getMessage()), e);
        }
        YAMLFactory yaml = RuleSetLoader.largeYaml();
        JsonNode root;
        Map<String, Integer> lines;
        try {
            lines = keyLines(yaml, text);
            root = new ObjectMapper(yaml).readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new BadInputException(new Diagnostic(path.toString(), line, "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")), e);
        }
        return new PolicyLoader(path.toString(), lines).read(root);
    }

    private ReconcilePolicy read(JsonNode root) {
        ReconcilePolicy defaults = ReconcilePolicy.defaults();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return defaults;
        }
        if (!root.isObject()) {
            throw error("", "the policy must be a mapping of keys to values");
        }
        requireKnown(root, "", TOP_KEYS);
        BigDecimal tolerance = root.has("tolerance") ? fraction(root.get("tolerance"), "tolerance") : defaults.tolerance();
        BigDecimal error = defaults.conflictError();
        BigDecimal warning = defaults.conflictWarning();
        if (root.has("conflict")) {
            JsonNode conflict = mapping(root.get("conflict"), "conflict");
            requireKnown(conflict, "conflict.", Set.of("error", "warning"));
            error = conflict.has("error") ? fraction(conflict.get("error"), "conflict.error") : error;
            warning = conflict.has("warning") ? fraction(conflict.get("warning"), "conflict.warning") : warning;
            if (warning.compareTo(error) > 0) {
                throw error("conflict", "warning gap " + warning + " is above the error gap " + error);
            }
        }
        Severity edge = root.has("edge") ? severity(root.get("edge"), "edge") : defaults.edgeCap();
        Map<FindingKind, Severity> kinds = new EnumMap<>(defaults.kindSeverity());
        if (root.has("kinds")) {
            JsonNode node = mapping(root.get("kinds"), "kinds");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                FindingKind kind;
                try {
                    kind = FindingKind.fromId(entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw error("kinds." + entry.getKey(), "unknown finding kind '" + entry.getKey() + "'");
                }
                if (kind == FindingKind.CONFLICT) {
                    throw error("kinds.conflict", "a conflict's severity comes from its gap: set it under 'conflict'");
                }
                kinds.put(kind, severity(entry.getValue(), "kinds." + entry.getKey()));
            }
        }
        boolean vague = defaults.compareVague();
        if (root.has("vague")) {
            if (!root.get("vague").isBoolean()) {
                throw error("vague", "'vague' must be true or false");
            }
            vague = root.get("vague").booleanValue();
        }
        Set<Qualifier> attribution = defaults.attributionQualifiers();
        if (root.has("attribution")) {
            JsonNode list = root.get("attribution");
            if (!list.isArray()) {
                throw error("attribution", "'attribution' must be a list of qualifiers");
            }
            Set<Qualifier> chosen = EnumSet.noneOf(Qualifier.class);
            for (JsonNode q : list) {
                try {
                    chosen.add(Qualifier.fromId(q.asText()));
                } catch (IllegalArgumentException e) {
                    throw error("attribution", e.getMessage());
                }
            }
            attribution = chosen;
        }
        try {
            return new ReconcilePolicy(tolerance, error, warning, edge, kinds, vague, attribution);
        } catch (IllegalArgumentException e) {
            throw error("", e.getMessage());
        }
    }

    private void requireKnown(JsonNode node, String prefix, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(prefix + name, "unknown key '" + prefix + name + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private JsonNode mapping(JsonNode node, String key) {
        if (!node.isObject()) {
            throw error(key, "'" + key + "' must be a mapping");
        }
        return node;
    }

    private BigDecimal fraction(JsonNode node, String key) {
        if (!node.isNumber()) {
            throw error(key, "'" + key + "' must be a number between 0 and 1, got '" + node.asText() + "'");
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw error(key, "'" + key + "' must be at least 0 and below 1, got " + value.toPlainString());
        }
        return value;
    }

    private Severity severity(JsonNode node, String key) {
        try {
            return Severity.fromId(node.asText());
        } catch (IllegalArgumentException e) {
            throw error(key, "'" + key + "': " + e.getMessage());
        }
    }

    private BadInputException error(String key, String message) {
        return new BadInputException(new Diagnostic(file, lines.getOrDefault(key, 1), "policy: " + message));
    }

    /** The line of every key, by its dotted path ("conflict.error"). */
    private static Map<String, Integer> keyLines(YAMLFactory yaml, String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser parser = yaml.createParser(text)) {
            String pending = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        pending = (path.isEmpty() ? "" : path.peek() + ".") + parser.currentName();
                        lines.putIfAbsent(pending, parser.currentTokenLocation().getLineNr());
                    }
                    case START_OBJECT -> {
                        if (pending != null) {
                            path.push(pending);
                        } else if (!path.isEmpty()) {
                            path.push(path.peek());
                        }
                        pending = null;
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.pop();
                        }
                    }
                    case START_ARRAY -> parser.skipChildren();
                    default -> pending = null;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return lines;
    }
}
