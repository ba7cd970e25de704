package org.crosscheck.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Diagnostic;
import org.crosscheck.pipeline.ClaimsResult;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor on real, messy, multi-source English: it reads every file, keeps its spans exact, and finds money in several currencies. */
class DevCorpusClaimsTest {

    @TempDir
    Path tmp;

    @Test
    void extractsFromTheRealEnglishCorpus() throws IOException {
        assumeTrue(Files.isDirectory(DevCorpus.SOURCE), "../shared/corpus-dev is beside the project");
        Path corpus = tmp.resolve("clearview-en");
        int files = DevCorpus.convert(corpus);
        List<Diagnostic> warnings = new ArrayList<>();
        ClaimsResult result = Pipeline.standard().claims(RunConfig.of(corpus, Optional.empty(), false), false, warnings::add);

        assertThat(result.sources()).hasSize(files);
        assertThat(result.sources()).allSatisfy(s -> assertThat(s.language()).isEqualTo("en"));
        assertThat(result.sources().stream().filter(s -> s.published().isPresent()).count()).isGreaterThan(files / 2);
        Map<String, String> texts = new HashMap<>();
        for (Claim claim : result.claims()) {
            String text = texts.computeIfAbsent(claim.sourceId(), id -> read(corpus.resolve(id)));
            assertThat(text.substring(claim.span().start(), claim.span().end())).isEqualTo(claim.text());
        }
        Map<String, Long> moneyByCurrency = new HashMap<>();
        result.claims().stream().filter(c -> c.quantity().dimension().equals("currency"))
                .forEach(c -> moneyByCurrency.merge(c.quantity().unit(), 1L, Long::sum));
        assertThat(moneyByCurrency).containsKeys("EUR", "GBP", "USD");
        assertThat(result.claims()).anySatisfy(c -> {
            assertThat(c.quantity().unit()).isEqualTo("images");
            assertThat(c.measure()).contains("database-size");
        });
        assertThat(result.claims()).filteredOn(c -> c.measure().isPresent()).hasSizeGreaterThan(result.claims().size() / 2);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
