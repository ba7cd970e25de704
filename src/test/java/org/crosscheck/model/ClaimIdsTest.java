package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

class ClaimIdsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSetLoader.load(Path.of("rules")));

    private static List<Claim> claims(String source, String text) {
        return EXTRACTOR.extractText("fr", Optional.empty(), source, text, false);
    }

    @Test
    void anIdSurvivesEditsBeforeItAndTellsIdenticalQuotesApart() {
        List<String> before = ClaimIds.of(claims("a.md", "Il a fait plus de 100 recherches, puis plus de 100 recherches, puis 7 000 euros."));
        List<String> after = ClaimIds.of(claims("a.md",
                "Ce matin-là, longtemps après, il a fait plus de 100 recherches, puis plus de 100 recherches, puis 7 000 euros."));
        assertThat(before).hasSize(3).doesNotHaveDuplicates().isEqualTo(after);
    }

    @Test
    void anotherSourceOrValueGivesAnotherId() {
        List<Claim> claims = new ArrayList<>(claims("a.md", "Elle a payé 7 000 euros."));
        claims.addAll(claims("b.md", "Elle a payé 7 000 euros."));
        claims.addAll(claims("a.md", "Elle a payé 8 000 euros."));
        assertThat(ClaimIds.of(claims)).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id.matches("c-[0-9a-f]{12}"));
    }
}
