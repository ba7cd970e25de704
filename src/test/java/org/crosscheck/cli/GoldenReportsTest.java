package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.report.Reporters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format on the default corpus against its golden file in src/test/resources/golden.
 * After a deliberate change to extraction, grouping or a format, regenerate them with
 * {@code mvn test -Dtest=GoldenReportsTest -Dgolden.update=true} and review the diff.
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path index;

    @ParameterizedTest
    @EnumSource(Reporters.Format.class)
    void theDefaultCorpusReportMatchesItsGoldenFile(Reporters.Format format) throws IOException {
        String report = report(format);
        assertThat(report(format)).as("a second run gives the same bytes").isEqualTo(report);
        Path golden = GOLDEN.resolve("report." + format.id());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String report(Reporters.Format format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"report", "corpus", "--format", format.id(), "--index-dir", index.toString()},
                new Terminal(false, false), new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
