package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.crosscheck.ingest.LanguageProfiles;
import org.crosscheck.ingest.SentenceSegmenter;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Document;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Passage;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.SourceFormat;
import org.crosscheck.model.TextLocator;
import org.crosscheck.rules.RuleSetLoader;

/** The extractor never throws, keeps its spans exact, and reads each sentence on its own. */
class ExtractionPropertiesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSetLoader.load(Path.of("rules")));
    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter(LanguageProfiles.bundled());

    @Property(tries = 400)
    void neverThrowsAndSpansAreExact(@ForAll("texts") String text, @ForAll("languages") String lang, @ForAll boolean allNumbers) {
        for (Claim claim : EXTRACTOR.extractText(lang, Optional.of(PartialDate.parse("2022-03")), "t", text, allNumbers)) {
            assertThat(claim.span().start()).isBetween(0, text.length());
            assertThat(claim.span().end()).isBetween(claim.span().start(), text.length());
            assertThat(text.substring(claim.span().start(), claim.span().end())).isEqualTo(claim.text());
            assertThat(claim.quantity().low()).isLessThanOrEqualTo(claim.quantity().stated());
            assertThat(claim.quantity().stated()).isLessThanOrEqualTo(claim.quantity().high());
        }
    }

    @Property(tries = 200)
    void aSentenceYieldsTheSameClaimsWhateverSurroundsIt(@ForAll("sentences") List<String> sentences, @ForAll("languages") String lang) {
        String text = String.join(" ", sentences);
        SourceDoc source = new SourceDoc("doc", "doc", Optional.empty(), Optional.empty(), Optional.of(PartialDate.parse("2022-03")),
                lang, false, SourceFormat.TEXT, "");
        Document document = new Document(source, text, 0, TextLocator.identity(text));
        List<String> inContext = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (Passage passage : SEGMENTER.segment(document)) {
            int offset = passage.span().start();
            for (Claim c : EXTRACTOR.extract(document, passage, true)) {
                inContext.add(describe(c, offset));
            }
            for (Claim c : EXTRACTOR.extractText(lang, Optional.of(PartialDate.parse("2022-03")), "doc",
                    passage.text(), true)) {
                alone.add(describe(c, 0));
            }
        }
        assertThat(inContext).isEqualTo(alone);
        assertThat(inContext).hasSizeGreaterThanOrEqualTo(sentences.stream().filter(s -> s.matches(".*\\d.*")).count() > 0 ? 1 : 0);
    }

    private static String describe(Claim c, int offset) {
        return (c.span().start() - offset) + " " + c.text() + " " + c.quantity() + " " + c.subject() + c.measure() + c.time();
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("fr", "en");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(6)),
                Tuple.of(3, Arbitraries.of("290 000 $", "$290,000", "€20m", "plus de", "3 milliards", "d'images", "(", ")",
                        "20 millions d'euros", "entre", "et", "-", "2019", "février", "dernier", "selon", "amende", "%",
                        "douzaines", "deux", "cent", "\u00a0", "\u202f", ",", ".", "£", "US$", "U.S.", "quatre-vingt-dix")),
                Tuple.of(2, Arbitraries.integers().between(0, 5_000_000).map(String::valueOf)),
                Tuple.of(3, Arbitraries.of(" ", "  ", "\n")));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        return Arbitraries.of(
                "L'autorité a infligé une amende de 430 000 euros à la police suédoise.",
                "En février 2019, la base comptait plus de 6 milliards d'images.",
                "Selon le journal, l'entreprise a levé 45 millions de dollars.",
                "The regulator fined the company £4.2m ($5.1m) last year.",
                "It ran nearly 18,000 searches in 31 countries.",
                "Le contrat de 318 000 dollars a été signé le 9 mai dernier.",
                "Rien à signaler ici.",
                "Entre 101 et 500 agents ont testé l'outil.").list().ofMinSize(1).ofMaxSize(6);
    }
}
