package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Document;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Passage;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.SourceDoc;
import org.crosscheck.model.SourceFormat;
import org.crosscheck.model.TextLocator;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.crosscheck.rules.RuleSet;
import org.crosscheck.rules.ScopeRule;

/**
 * Extracts the claims of a passage: every figure that a currency, a unit or percent governs, with
 * its bounds, range, precision interval, time, and the subject, measure, status and attribution
 * the sentence ties to it. A parenthetical conversion ("17 millions de livres sterling (20
 * millions d'euros)") is one claim with an equivalent. With {@code allNumbers}, bare numbers come
 * too, with the dimension {@code number}.
 * Built once per rule set, it only reads what it built, so several threads may share it.
 */
public final class ClaimExtractor {

    private final NumberScanner numbers;
    private final Map<String, Lexicon> lexicons;
    private final RuleVocabulary vocabulary;
    private final Attachment attachment = new Attachment();
    private final QuantityReader quantities;

    public ClaimExtractor(RuleSet rules) {
        this.numbers = NumberScanner.of(rules);
        this.vocabulary = new RuleVocabulary(rules);
        this.lexicons = Map.of("fr", vocabulary.lexicon("fr"), "en", vocabulary.lexicon("en"), "", vocabulary.lexicon(""));
        this.quantities = new QuantityReader(vocabulary, new UnitLookup(lexicons));
    }

    /** The claims of one passage of a document, in order of position. */
    public List<Claim> extract(Document document, Passage passage, boolean allNumbers) {
        String language = document.source().language();
        String text = passage.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        Lexicon lexicon = lexicons.getOrDefault(language, lexicons.get(""));
        Analysis analysis = new Analysis(text, tokens, lexicon.find(tokens), numbers.scan(text, language));

        List<Figure> figures = new ArrayList<>();
        Set<Integer> governed = new HashSet<>();
        Question question = Question.of(analysis);
        for (Analysis.Figure figure : analysis.figures()) {
            if (!governed.contains(figure.index())) {
                quantities.read(analysis, figure, language).ifPresent(built -> {
                    governed.addAll(built.figures());
                    question.keep(built).ifPresent(figures::add);
                });
            }
        }
        quantities.vague(analysis, language).forEach(vague -> question.keep(vague).ifPresent(figures::add));
        List<DateFinder.DateMention> dates = DateFinder.find(analysis, language, document.source().published(), governed);
        if (allNumbers) {
            for (Analysis.Figure figure : analysis.figures()) {
                if (!governed.contains(figure.index())) {
                    figures.add(bareNumber(analysis, figure, language));
                }
            }
        }
        figures.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Figure> merged = Figure.mergeParentheticals(figures, analysis);
        List<Claim> claims = new ArrayList<>(merged.size());
        for (Figure figure : merged) {
            claims.add(claim(document, passage, analysis, figure, merged, dates));
        }
        return List.copyOf(claims);
    }

    private Claim claim(Document document, Passage passage, Analysis analysis, Figure figure, List<Figure> figures,
                        List<DateFinder.DateMention> dates) {
        List<String> rules = new ArrayList<>(figure.rules());
        boolean number = figure.quantity().dimension().equals(Quantity.BARE_NUMBER);
        Optional<Lexicon.Match> earlier = Change.earlierValue(analysis, figure);
        Optional<Lexicon.Match> later = Change.laterValue(analysis, figure);
        earlier.or(() -> later).ifPresent(change -> rules.add(change.meaning().ruleId()));
        Optional<Attachment.Choice> measure = number || earlier.isPresent() ? Optional.empty()
                : attachment.measure(analysis, figure, vocabulary);
        Optional<Attachment.Choice> scope = measure.flatMap(m -> attachment.scope(analysis, figure, m));
        scope.ifPresent(c -> rules.add(c.ruleId()));
        Optional<Attachment.Choice> subject = number ? Optional.empty() : attachment.subject(analysis, figure, measure,
                measure.map(m -> vocabulary.subjectTypes(m.value())).orElse(List.of()));
        Optional<Attachment.Choice> status = number ? Optional.empty() : attachment.status(analysis, figure);
        Optional<Attachment.Choice> attribution = number ? Optional.empty() : attachment.attribution(analysis, figure);
        Optional<DateFinder.DateMention> date = attachment.time(figure, figures, dates);
        date.ifPresent(d -> rules.addAll(d.rules()));
        Optional<TimeRef> time = date.map(DateFinder.DateMention::time)
                .or(() -> document.source().published().map(p -> new TimeRef(p, TimeBasis.PUBLICATION)));
        measure.ifPresent(c -> rules.add(c.ruleId()));
        subject.ifPresent(c -> rules.add(c.ruleId()));
        if (!number) {
            rules.addAll(attachment.obliqueRules(analysis));
        }
        status.ifPresent(c -> rules.add(c.ruleId()));
        attribution.ifPresent(c -> rules.add(c.ruleId()));
        int start = passage.span().start() + analysis.tokens().get(figure.first()).start();
        int end = passage.span().start() + analysis.tokens().get(figure.last()).end();
        return new Claim(
                document.source().id(),
                document.span(start, end),
                document.text().substring(start, end),
                passage.text(),
                figure.quantity(),
                Optional.empty(),
                time,
                subject.map(Attachment.Choice::value),
                measure.map(m -> scope.map(c -> ScopeRule.scoped(m.value(), c.value())).orElse(m.value())),
                status.map(c -> ClaimStatus.fromId(c.value())).orElse(ClaimStatus.REPORTED),
                attribution.map(Attachment.Choice::value),
                figure.equivalents(),
                rules.stream().distinct().sorted().toList());
    }


    private Figure bareNumber(Analysis analysis, Analysis.Figure number, String language) {
        Quantity quantity = Intervals.exact(number.number().value(), Precision.of(analysis, number), "", Quantity.BARE_NUMBER);
        return new Figure(number.first(), number.last(), quantity, List.of(), vocabulary.numberRules(analysis, number, language),
                Set.of(number.index()));
    }







    /**
     * The claims of a single text taken as one passage of a document of its own, as for
     * {@code crosscheck claims --stdin}.
     */
    public List<Claim> extractText(String language, Optional<PartialDate> published,
                                             String sourceId, String text, boolean allNumbers) {
        if (text.isBlank()) {
            return List.of();
        }
        SourceDoc source = new SourceDoc(sourceId, sourceId, Optional.empty(), Optional.empty(), published, language, false,
                SourceFormat.TEXT, "");
        Document document = new Document(source, text, 0, TextLocator.identity(text));
        Passage passage = new Passage(sourceId, 0, document.span(0, text.length()), text);
        return extract(document, passage, allNumbers);
    }
}
