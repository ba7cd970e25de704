package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Identifies how claims are extracted: a hash of crosscheck's code and the JDK's version, the rules
 * folder (except the editors' resolutions, which change no claim; linked folders are followed), the
 * rates file and the target currency. Claims stored under another key are extracted again.
 */
final class ExtractionKey {

    private static final String RESOLUTIONS = "resolutions.yaml";
    private static final String CODE = code();

    private ExtractionKey() {
    }

    /** The key of a run that extracts with {@code config}'s rules, rates and currency. */
    static String of(RunConfig config) {
        MessageDigest digest = sha256();
        digest.update(CODE.getBytes(StandardCharsets.UTF_8));
        // The JDK's Unicode tables and number formats take part in extraction.
        digest.update(("\u0000" + Runtime.version()).getBytes(StandardCharsets.UTF_8));
        try {
            for (Path file : filesUnder(config.rulesDir())) {
                String name = config.rulesDir().relativize(file).toString().replace('\\', '/');
                if (!name.equals(RESOLUTIONS)) {
                    digest.update((name + '\u0000').getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            if (config.fxRates().isPresent()) {
                digest.update(Files.readAllBytes(config.fxRates().get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + config.rulesDir() + ": " + e.getMessage(), e);
        }
        digest.update(("\u0000" + config.currency()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * A hash of the code crosscheck runs from: of every jar entry's name, size and CRC, or of every
     * file under a classes folder; unique to this process when the code's location is unknown.
     */
    private static String code() {
        MessageDigest digest = sha256();
        try {
            Path location = Path.of(ExtractionKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (Path file : filesUnder(location)) {
                    digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (ZipEntry entry : Collections.list(jar.entries())) {
                        digest.update((entry.getName() + '\u0000' + entry.getSize() + '\u0000' + entry.getCrc() + '\n')
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            digest.update(("unknown code location " + ProcessHandle.current().pid() + " " + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
