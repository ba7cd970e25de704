package org.crosscheck.devcorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the real English corpus of ../shared/corpus-dev/clearview-en into a crosscheck corpus on the
 * fly: each file's leading {@code #} lines become front matter (publisher, publication date, address,
 * title), the rest is the body, unchanged. Nothing of it is copied into the project.
 */
public final class DevCorpus {

    /** Where the real English corpus is, beside the project. */
    public static final Path SOURCE = Path.of("..", "shared", "corpus-dev", "clearview-en");

    private static final Pattern ORIGINAL = Pattern.compile("^# ORIGINAL: ([^|]+)\\| published (\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)[^|]*(?:\\| (\\S+))?");
    private static final Pattern DATED = Pattern.compile("^# DATE \\(as given in file\\): (\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)[^|]*(?:\\| TITLE: (.*))?");

    private DevCorpus() {
    }

    /** Writes the converted corpus into {@code target}; returns how many documents it wrote. */
    public static int convert(Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Path out = target.resolve(SOURCE.relativize(file).toString().replace(".txt", ".md"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, withFrontMatter(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        return files.size();
    }

    static String withFrontMatter(String text) {
        List<String> front = new ArrayList<>(List.of("language: en"));
        int bodyStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            bodyStart += line.length() + 1;
            Matcher original = ORIGINAL.matcher(line);
            Matcher dated = DATED.matcher(line);
            if (original.find()) {
                front.add("publisher: " + quoted(original.group(1).strip()));
                front.add("published: " + original.group(2));
                if (original.group(3) != null && original.group(3).startsWith("http")) {
                    front.add("url: " + quoted(original.group(3)));
                }
            } else if (dated.find()) {
                front.add("published: " + dated.group(1));
                if (dated.group(2) != null) {
                    front.add("title: " + quoted(dated.group(2).strip()));
                }
            }
        }
        List<String> unique = front.stream().distinct().toList();
        return "---\n" + String.join("\n", unique) + "\n---\n" + text.substring(Math.min(bodyStart, text.length()));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
