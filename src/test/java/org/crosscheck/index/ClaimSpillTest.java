package org.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.model.Claim;
import org.crosscheck.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimSpillTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSetLoader.load(Path.of("rules")));

    @TempDir
    Path dir;

    private static List<Claim> claims() {
        List<Claim> claims = new ArrayList<>(EXTRACTOR.extractText("fr", Optional.empty(), "a.md",
                "La CNIL a infligé une amende de 20 millions d'euros (environ 24 millions de dollars) en 2022.", false));
        claims.addAll(EXTRACTOR.extractText("en", Optional.empty(), "b/c.md",
                "The company says it holds more than 10 billion images; it was fined £7.5m.", false));
        return claims;
    }

    @Test
    void claimsReadBackEqualToThoseWrittenInOrderFromSeveralThreads() {
        List<Claim> written = claims();
        ClaimSpill spill = ClaimSpill.create(dir);
        for (int round = 0; round < 300; round++) {
            written.forEach(spill::append);
        }
        List<Claim> read = spill.claims();

        assertThat(read).hasSize(written.size() * 300);
        assertThat(IntStream.range(0, read.size()).parallel()
                .filter(i -> !read.get(i).equals(written.get(i % written.size()))).count()).isZero();
        assertThat(written).extracting(Claim::sourceId).contains("a.md", "b/c.md");
        assertThat(written).anyMatch(c -> !c.equivalents().isEmpty());
    }

    @Test
    void leavesNoFileBehindAndTakesNoMoreClaimsOnceRead() throws IOException {
        ClaimSpill spill = ClaimSpill.create(dir);
        Claim claim = claims().get(0);
        spill.append(claim);
        assertThat(spill.claims()).containsExactly(claim);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThatThrownBy(() -> spill.append(claim)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> spill.claims().get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
