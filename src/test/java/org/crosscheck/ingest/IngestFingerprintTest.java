package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IngestFingerprintTest {

    @Test
    void coversEveryClassOfTheIngestPackage() throws IOException {
        Path classes = Path.of(IngestFingerprint.class.getProtectionDomain().getCodeSource().getLocation().getPath(),
                "org", "crosscheck", "ingest");
        List<String> names;
        try (Stream<Path> files = Files.list(classes)) {
            names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !n.equals("package-info") && !n.equals("IngestFingerprint"))
                    .toList();
        }
        assertThat(names).isNotEmpty();
        assertThat(IngestFingerprint.CLASSES).extracting(Class::getSimpleName).containsAll(names);
    }

    @Test
    void isStableAndShort() {
        assertThat(IngestFingerprint.compute()).matches("[0-9a-f]{16}").isEqualTo(IngestFingerprint.compute());
    }
}
