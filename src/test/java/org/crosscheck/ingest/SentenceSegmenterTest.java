package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter(LanguageProfiles.bundled());

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("fr", "Il pleut. Il vente.", List.of("Il pleut.", "Il vente.")),
                Arguments.of("fr", "Selon M. Ton-That, la base est vaste. Elle grandit.",
                        List.of("Selon M. Ton-That, la base est vaste.", "Elle grandit.")),
                Arguments.of("fr", "Mme. Dupont a parlé. Puis elle est partie.",
                        List.of("Mme. Dupont a parlé.", "Puis elle est partie.")),
                Arguments.of("en", "The U.S. Army paid $8.06 million. It was a lot.",
                        List.of("The U.S. Army paid $8.06 million.", "It was a lot.")),
                Arguments.of("en", "Mr. Smith met Dr. Jones at 3.5 p.m. yesterday. Then he left.",
                        List.of("Mr. Smith met Dr. Jones at 3.5 p.m. yesterday.", "Then he left.")),
                Arguments.of("fr", "La base compte 3,5 milliards d'images. Le chiffre a doublé.",
                        List.of("La base compte 3,5 milliards d'images.", "Le chiffre a doublé.")),
                Arguments.of("fr", "« Nous avons fini. » Puis il est parti.",
                        List.of("« Nous avons fini. »", "Puis il est parti.")),
                Arguments.of("fr", "« Clearview a créé deux entités », a-t-il déclaré. Fin.",
                        List.of("« Clearview a créé deux entités », a-t-il déclaré.", "Fin.")),
                Arguments.of("fr", "Il a dit « non. » Elle a dit « oui ».",
                        List.of("Il a dit « non. »", "Elle a dit « oui »." )),
                Arguments.of("en", "He said \"we are done.\" Then he left.",
                        List.of("He said \"we are done.\"", "Then he left.")),
                Arguments.of("fr", "Son fonctionnement est simple.Selon l'entreprise, il suffit d'une photo.",
                        List.of("Son fonctionnement est simple.", "Selon l'entreprise, il suffit d'une photo.")),
                Arguments.of("fr", "des données.L'agence italienne a parlé.",
                        List.of("des données.", "L'agence italienne a parlé.")),
                Arguments.of("fr", "de ses citoyens.« Les conclusions », dit-il.",
                        List.of("de ses citoyens.", "« Les conclusions », dit-il.")),
                Arguments.of("fr", "Quel est votre avis sur le sujet ?Que pensez-vous du modèle ?",
                        List.of("Quel est votre avis sur le sujet ?", "Que pensez-vous du modèle ?")),
                Arguments.of("en", "Visit clearview.ai today. Node.js is fine.",
                        List.of("Visit clearview.ai today.", "Node.js is fine.")),
                Arguments.of("fr", "Titre sans point\nPremière phrase du texte.",
                        List.of("Titre sans point", "Première phrase du texte.")),
                Arguments.of("en", "A sentence wrapped\nacross two lines. Next one.",
                        List.of("A sentence wrapped\nacross two lines.", "Next one.")),
                Arguments.of("en", "First paragraph\n\nsecond paragraph starts low.",
                        List.of("First paragraph", "second paragraph starts low.")),
                Arguments.of("en", "1. Introduction of the case.\r\n2. The fine.",
                        List.of("1. Introduction of the case.", "2. The fine.")),
                Arguments.of("en", "Wait... What happened? Nothing!",
                        List.of("Wait...", "What happened?", "Nothing!")),
                Arguments.of("fr", "Il a payé 290\u00a0000\u00a0$. L'enquête\u202fcontinue.",
                        List.of("Il a payé 290\u00a0000\u00a0$.", "L'enquête\u202fcontinue.")),
                Arguments.of("en", "The J. Edgar Hoover Building. It is large.",
                        List.of("The J. Edgar Hoover Building.", "It is large.")));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("examples")
    void splitsSentences(String language, String text, List<String> expected) {
        assertThat(texts(segmenter.segment(TestDocuments.plain(text, language)))).isEqualTo(expected);
    }

    @Test
    void aVeryLongParagraphWithoutSentenceEndsIsCutAtBlanks() {
        String text = "mot ".repeat(3_000).strip();
        List<Passage> passages = segmenter.segment(TestDocuments.plain(text, "fr"));
        assertThat(passages).hasSizeGreaterThan(5);
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(SentenceSegmenter.MAX_PASSAGE_CHARS);
            assertThat(p.text()).startsWith("mot").endsWith("mot");
        });
        assertThat(String.join(" ", texts(passages))).isEqualTo(text);
    }

    @Test
    void aLongSingleLineOfManySentencesKeepsEverySentence() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            line.append("La phrase numéro ").append(i).append(" parle de Clearview AI.");
            line.append(i % 3 == 0 ? "" : " ");
        }
        List<Passage> passages = segmenter.segment(TestDocuments.plain(line.toString(), "fr"));
        assertThat(passages).hasSize(400);
        assertThat(passages.get(399).text()).isEqualTo("La phrase numéro 399 parle de Clearview AI.");
    }

    @Test
    void passagesCarryOrdinalsAndLineColumn() {
        String text = "Un.\nDeux trois. Quatre.";
        List<Passage> passages = segmenter.segment(TestDocuments.plain(text, "fr"));
        assertThat(passages).extracting(Passage::ordinal).containsExactly(0, 1, 2);
        assertThat(passages.get(2).span().line()).isEqualTo(2);
        assertThat(passages.get(2).span().column()).isEqualTo(13);
    }

    @Test
    void hardWrappedProseIsJoinedAcrossLinesThatStartWithCapitalsOrDigits() {
        String text = String.join("\n",
                "Decision",
                "The authority imposes an administrative fine in the amount of EUR 20,000,000 on the",
                "company for violating the rules on lawful processing and on transparency, as set out",
                "in the previous sections of this decision, and orders it to stop the processing of the",
                "personal data of people in the Netherlands. The fine concerns the infringements of",
                "Article 5 and Article 6 that were found by the authority during the investigation of",
                "2022 and 2023, which are described in detail above in this decision of the authority.",
                "- Article 9(1) GDPR, and",
                "- Article 12(1) GDPR.",
                "Next steps",
                "The company can object to this decision within six weeks of the date on which it was",
                "sent, by sending a letter of objection to the authority at the address given below.");
        List<String> passages = texts(segmenter.segment(TestDocuments.plain(text, "en")));
        assertThat(passages).containsExactly(
                "Decision",
                "The authority imposes an administrative fine in the amount of EUR 20,000,000 on the\n"
                        + "company for violating the rules on lawful processing and on transparency, as set out\n"
                        + "in the previous sections of this decision, and orders it to stop the processing of the\n"
                        + "personal data of people in the Netherlands.",
                "The fine concerns the infringements of\n"
                        + "Article 5 and Article 6 that were found by the authority during the investigation of\n"
                        + "2022 and 2023, which are described in detail above in this decision of the authority.",
                "- Article 9(1) GDPR, and",
                "- Article 12(1) GDPR.",
                "Next steps",
                "The company can object to this decision within six weeks of the date on which it was\n"
                        + "sent, by sending a letter of objection to the authority at the address given below.");
    }

    @Test
    void aHeadlineAboveHardWrappedProseStaysItsOwnPassage() {
        String prose = "The Italian data protection authority fined the company twenty million\n"
                + "euros for processing the biometric data of people in Italy without any\n"
                + "legal basis, and it ordered the company to delete the data it held and to\n"
                + "appoint a representative in the European Union within thirty days of the\n"
                + "decision, which the company said it would appeal before the courts of Rome\n"
                + "as soon as the decision was formally notified to its lawyers in the city.\n"
                + "The authority also banned any further collection of images of people who\n"
                + "live in Italy, including images taken from social networks and news sites.";
        String text = "Clearview AI fined twenty million euros by Italian regulator\n" + prose;
        List<String> passages = texts(segmenter.segment(TestDocuments.plain(text, "en")));
        assertThat(passages).containsExactly(
                "Clearview AI fined twenty million euros by Italian regulator",
                prose.substring(0, prose.indexOf("\nThe authority")),
                prose.substring(prose.indexOf("The authority")));
    }

    @Test
    void aListOfHeadlinesIsNotMistakenForWrappedProse() {
        String text = String.join("\n",
                "Clearview AI Fined 20 Million Euros by the Italian Data Protection Authority",
                "Greek Regulator Orders Clearview AI to Delete All Data of Greek Residents",
                "French CNIL Imposes Maximum Fine of 20 Million Euros on Clearview AI",
                "UK Information Commissioner Fines Clearview AI 7.5 Million Pounds Sterling",
                "Dutch Authority Fines Clearview AI 30.5 Million Euros Over Illegal Database",
                "Austrian Regulator Finds Clearview AI Broke the Law Without Imposing a Fine",
                "Canadian Privacy Commissioners Declare Clearview AI Mass Surveillance Illegal",
                "Swedish Police Fined for Unlawful Use of Clearview AI Facial Recognition App");
        assertThat(segmenter.segment(TestDocuments.plain(text, "en"))).hasSize(8);
    }

    private static List<String> texts(List<Passage> passages) {
        return passages.stream().map(Passage::text).toList();
    }
}
