package org.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Highlight;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SearchHit;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.pipeline.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches the default corpus through a fresh index. */
class PassageSearchTest {

    @TempDir
    static Path indexDir;

    private static RunConfig config;
    private static final Pipeline PIPELINE = Pipeline.standard();

    @BeforeAll
    static void buildIndex() {
        config = RunConfig.of(Path.of("corpus"), java.util.Optional.of(indexDir), false);
        PIPELINE.index(config, d -> { }, Progress.NONE);
    }

    private static List<SearchHit> search(String query, int limit) {
        return PIPELINE.search(config, query, limit, d -> { });
    }

    @Test
    void theSwedishPoliceFineIsInTheTopThree() {
        List<SearchHit> hits = search("amende police suédoise", 3);
        assertThat(hits).hasSize(3);
        assertThat(hits).anySatisfy(hit -> assertThat(hit.passage().text().replace('\u00a0', ' ')).contains("290 000 $"));
    }

    @Test
    void garanteFindsTheSentenceOnItalysCase() {
        List<SearchHit> hits = search("Garante", 3);
        assertThat(hits).isNotEmpty();
        Passage top = hits.get(0).passage();
        assertThat(top.text()).contains("Garante");
        List<SearchHit> italianFine = search("\"agence italienne\" amende", 1);
        Passage fine = italianFine.get(0).passage();
        assertThat(fine.text()).contains("20 millions d'euros");
        assertThat(top.sourceId()).isEqualTo(fine.sourceId());
        assertThat(Math.abs(top.ordinal() - fine.ordinal())).as("the Garante's statement follows the fine").isLessThanOrEqualTo(3);
    }

    @Test
    void highlightsMarkTheMatchedWordsInTheirInflectedForms() {
        SearchHit hit = search("amende suedoise", 1).get(0);
        List<String> marked = hit.highlights().stream()
                .map(h -> hit.passage().text().substring(h.start(), h.end()))
                .toList();
        assertThat(marked).isNotEmpty().allSatisfy(word -> assertThat(word.toLowerCase()).matches("amendes?|suédoises?"));
        assertThat(hit.highlights()).isSortedAccordingTo(java.util.Comparator.comparingInt(Highlight::start));
    }

    @Test
    void hitsAreBestFirstAndCarryTheirPlaceInTheFile() {
        List<SearchHit> hits = search("reconnaissance faciale", 10);
        assertThat(hits).hasSize(10);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        assertThat(hits).allSatisfy(hit -> {
            assertThat(hit.passage().span().line()).isPositive();
            assertThat(hit.passage().span().length()).isEqualTo(hit.passage().text().length());
        });
    }

    @Test
    void aQueryOfStopWordsOnlyOrUnknownWordsFindsNothing() {
        assertThat(search("le la les", 5)).isEmpty();
        assertThat(search("zzzyxq", 5)).isEmpty();
    }
}
