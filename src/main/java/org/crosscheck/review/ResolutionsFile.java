package org.crosscheck.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.AtomicFile;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.model.Resolution;
import org.crosscheck.model.ResolutionStatus;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The editors' decisions, {@code rules/resolutions.yaml}: a YAML list of entries (finding, status,
 * note, optional value, by, date). Reading validates every entry and names the line of a bad one.
 * Recording a decision rewrites only that entry's lines, or appends it, so the file keeps its order
 * and comments; it holds a lock on a sibling {@code .lock} file and replaces the file atomically, so
 * two editors resolving at once both land.
 */
public final class ResolutionsFile {

    private static final Set<String> KEYS = Set.of("finding", "status", "note", "value", "by", "date");
    private static final Pattern ENTRY_START = Pattern.compile("^-(\\s|$)");
    private static final Pattern FINDING_ID = Pattern.compile("d-[0-9a-f]{12}");
    private static final String HEADER = """
            # Editors' decisions on crosscheck's findings, by finding id. `crosscheck resolve` adds and
            # updates entries and keeps everything else (order, comments) as it is.
            # status: confirmed-error | not-a-conflict | accepted-change; value: the correct figure, optional.
            """;
    /** Threads of one process share a lock file; the JVM refuses them a second lock on it, so they queue here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path file;
    private final ObjectMapper yaml = new ObjectMapper(largeYaml());

    public ResolutionsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The decisions by finding id, in file order; none when the file does not exist. */
    public Map<String, Resolution> load() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(file.toString(), "cannot read resolutions file: " + e.getMessage()), e);
        }
    }

    /**
     * Adds {@code resolution}, or replaces the entry with its finding id, under a lock, and writes the
     * file atomically.
     */
    public void record(Resolution resolution) {
        synchronized (IN_PROCESS) {
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
                    AtomicFile.write(file, withEntry(text, parse(text), resolution));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** {@code text} with the entry of the resolution's finding replaced, or the entry appended. */
    private static String withEntry(String text, Map<String, Resolution> existing, Resolution resolution) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> entry = render(resolution);
        List<Integer> starts = entryStarts(lines);
        Resolution old = existing.get(resolution.finding());
        if (old != null) {
            int start = old.line() - 1;
            int next = starts.indexOf(start) + 1;
            int end = next < starts.size() ? starts.get(next) : lines.size();
            while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
                end--;
            }
            List<String> out = new ArrayList<>(lines.subList(0, start));
            out.addAll(entry);
            out.addAll(lines.subList(end, lines.size()));
            return String.join("\n", out) + "\n";
        }
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
            lines.add("");
        }
        lines.addAll(entry);
        return String.join("\n", lines) + "\n";
    }

    private static List<String> render(Resolution resolution) {
        List<String> entry = new ArrayList<>();
        entry.add("- finding: " + resolution.finding());
        entry.add("  status: " + resolution.status().id());
        entry.add("  note: " + quoted(resolution.note()));
        resolution.value().ifPresent(v -> entry.add("  value: " + quoted(v)));
        resolution.by().ifPresent(b -> entry.add("  by: " + quoted(b)));
        resolution.date().ifPresent(d -> entry.add("  date: " + d));
        return entry;
    }

    /** A double-quoted YAML scalar: backslash, quote and control characters escaped. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private Map<String, Resolution> parse(String text) {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw bad(line, "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isArray()) {
            throw bad(1, "expected a list of entries ('- finding: d-…'), got " + root.getNodeType().name().toLowerCase());
        }
        List<Integer> starts = entryStarts(List.of(text.split("\n", -1)));
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        for (int i = 0; i < root.size(); i++) {
            int line = i < starts.size() ? starts.get(i) + 1 : 1;
            Resolution resolution = entry(root.get(i), line);
            if (resolutions.put(resolution.finding(), resolution) != null) {
                throw bad(line, "finding " + resolution.finding() + " is resolved twice");
            }
        }
        return Map.copyOf(resolutions);
    }

    private Resolution entry(JsonNode node, int line) {
        if (!node.isObject()) {
            throw bad(line, "an entry must be a mapping with finding, status and note");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw bad(line, "unknown key '" + name + "' (known: finding, status, note, value, by, date)");
            }
        }
        String finding = required(node, "finding", line);
        if (!FINDING_ID.matcher(finding).matches()) {
            throw bad(line, "finding '" + finding + "' is not a finding id (d- and 12 hexadecimal digits)");
        }
        ResolutionStatus status;
        try {
            status = ResolutionStatus.fromId(required(node, "status", line));
        } catch (IllegalArgumentException e) {
            throw bad(line, e.getMessage());
        }
        Optional<String> date = optional(node, "date", line);
        date.ifPresent(d -> {
            try {
                LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw bad(line, "date '" + d + "' is not YYYY-MM-DD");
            }
        });
        return new Resolution(finding, status, required(node, "note", line), optional(node, "value", line),
                optional(node, "by", line), date, line);
    }

    private String required(JsonNode node, String key, int line) {
        return optional(node, key, line).orElseThrow(() -> bad(line, "'" + key + "' is missing"));
    }

    private Optional<String> optional(JsonNode node, String key, int line) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw bad(line, "'" + key + "' must be a single value");
        }
        return Optional.of(value.asText());
    }

    /** The 0-based lines where top-level list entries start. */
    private static List<Integer> entryStarts(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (ENTRY_START.matcher(lines.get(i)).find()) {
                starts.add(i);
            }
        }
        return starts;
    }

    private BadInputException bad(int line, String message) {
        return new BadInputException(new Diagnostic(file.toString(), line, message));
    }

    /** A YAML reader without SnakeYAML's 3 MB limit: an archive's decisions can outgrow it. */
    private static YAMLFactory largeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
