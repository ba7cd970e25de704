package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;
import org.crosscheck.rules.RelativeDateRule;

/**
 * Finds the dates a passage states: "12 août 2020", "février 2021", "October 17, 2022", "2019", and
 * dates relative to the publication date ("en novembre dernier", "le 12 août dernier", "cette
 * année", "last year", "in July"), each with its precision.
 */
final class DateFinder {

    /** A date on tokens {@code first..last}, the figures (days, years) it is made of, and the rules that read it. */
    record DateMention(int first, int last, TimeRef time, Set<Integer> figures, List<String> rules) {

        DateMention {
            figures = Set.copyOf(figures);
            rules = List.copyOf(rules);
        }
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private DateFinder() {
    }

    /**
     * @param unitFigures figures a unit governs, which are quantities, not years
     */
    static List<DateMention> find(Analysis analysis, String language, Optional<PartialDate> published, Set<Integer> unitFigures) {
        List<DateMention> mentions = new ArrayList<>();
        Set<Integer> usedFigures = new HashSet<>();
        for (Lexicon.Match month : analysis.phrases(Lexicon.Category.MONTH)) {
            if (language.equals("en") && !Character.isUpperCase(analysis.tokens().get(month.first()).surface().charAt(0))) {
                continue;
            }
            monthMention(analysis, month, published).ifPresent(mention -> {
                mentions.add(mention);
                usedFigures.addAll(mention.figures());
            });
        }
        for (Lexicon.Match relative : analysis.phrases(Lexicon.Category.RELATIVE_DATE)) {
            RelativeDateRule rule = (RelativeDateRule) relative.meaning().value();
            if (rule.shift().equals("previous") || published.isEmpty()) {
                continue;
            }
            int year = published.get().year() + switch (rule.shift()) {
                case "last-year" -> -1;
                case "next-year" -> 1;
                default -> 0;
            };
            mentions.add(new DateMention(relative.first(), relative.last(), new TimeRef(PartialDate.ofYear(year), TimeBasis.RELATIVE),
                    Set.of(), List.of(rule.id())));
        }
        for (Analysis.Figure figure : analysis.figures()) {
            if (!usedFigures.contains(figure.index()) && !unitFigures.contains(figure.index()) && yearOf(analysis, figure).isPresent()) {
                mentions.add(new DateMention(figure.first(), figure.last(),
                        new TimeRef(PartialDate.ofYear(yearOf(analysis, figure).get()), TimeBasis.STATED), Set.of(figure.index()), List.of()));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return mentions;
    }

    /** "12 août 2020", "août 2020", "October 17, 2022", "novembre dernier", "last November", "in July". */
    private static Optional<DateMention> monthMention(Analysis analysis, Lexicon.Match month, Optional<PartialDate> published) {
        int monthNumber = (Integer) month.meaning().value();
        int first = month.first();
        int last = month.last();
        Set<Integer> figures = new HashSet<>();
        Integer day = null;
        Optional<Analysis.Figure> before = analysis.figureEndingAt(first - 1);
        if (before.isPresent() && dayOf(analysis, before.get()).isPresent()) {
            day = dayOf(analysis, before.get()).get();
            first = before.get().first();
            figures.add(before.get().index());
        } else {
            Optional<Analysis.Figure> after = analysis.figureAt(last + 1);
            if (after.isPresent() && dayOf(analysis, after.get()).isPresent()) {
                day = dayOf(analysis, after.get()).get();
                last = after.get().last();
                figures.add(after.get().index());
            }
        }
        int yearAt = analysis.isSymbol(last + 1, ',') ? last + 2 : last + 1;
        Optional<Analysis.Figure> yearFigure = analysis.figureAt(yearAt).filter(f -> yearOf(analysis, f).isPresent());
        if (yearFigure.isPresent()) {
            figures.add(yearFigure.get().index());
            int year = yearOf(analysis, yearFigure.get()).get();
            return Optional.of(new DateMention(first, yearFigure.get().last(),
                    new TimeRef(date(year, monthNumber, day), TimeBasis.STATED), figures, List.of(month.meaning().ruleId())));
        }
        if (published.isEmpty() || published.get().precision() == DatePrecision.YEAR) {
            return Optional.empty();
        }
        Optional<Lexicon.Match> previous = previousMarker(analysis, first, last);
        Optional<Lexicon.Match> cue = analysis.endingAt(first - 1, Lexicon.Category.DATE_CUE);
        if (previous.isEmpty() && day == null && cue.isEmpty()) {
            return Optional.empty();
        }
        if (previous.isPresent()) {
            first = Math.min(first, previous.get().first());
            last = Math.max(last, previous.get().last());
        }
        PartialDate pub = published.get();
        boolean sameMonthNotPast = day == null || (pub.precision() == DatePrecision.DAY && day >= pub.day());
        boolean notYet = monthNumber > pub.month() || (previous.isPresent() && monthNumber == pub.month() && sameMonthNotPast);
        int year = notYet ? pub.year() - 1 : pub.year();
        List<String> rules = new ArrayList<>(List.of(month.meaning().ruleId()));
        previous.ifPresent(p -> rules.add(p.meaning().ruleId()));
        cue.ifPresent(c -> rules.add(c.meaning().ruleId()));
        return Optional.of(new DateMention(first, last, new TimeRef(date(year, monthNumber, day), TimeBasis.RELATIVE), figures, rules));
    }

    /** "dernier" after the date (French) or "last" before it (English). */
    private static Optional<Lexicon.Match> previousMarker(Analysis analysis, int first, int last) {
        return analysis.startingAt(last + 1, Lexicon.Category.RELATIVE_DATE)
                .or(() -> analysis.endingAt(first - 1, Lexicon.Category.RELATIVE_DATE))
                .filter(match -> ((RelativeDateRule) match.meaning().value()).shift().equals("previous"));
    }

    private static PartialDate date(int year, int month, Integer day) {
        try {
            return day == null ? PartialDate.ofMonth(year, month) : PartialDate.ofDay(year, month, day);
        } catch (RuntimeException e) {
            return PartialDate.ofMonth(year, month);
        }
    }

    /** A day of the month: one or two plain digits, 1 to 31. */
    private static Optional<Integer> dayOf(Analysis analysis, Analysis.Figure figure) {
        String written = analysis.text().substring(figure.number().start(), figure.number().end());
        if (!written.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int day = Integer.parseInt(written);
        return day >= 1 && day <= 31 ? Optional.of(day) : Optional.empty();
    }

    /** A year: four plain digits from 1900 to 2100. */
    static Optional<Integer> yearOf(Analysis analysis, Analysis.Figure figure) {
        String text = analysis.text();
        int start = figure.number().start();
        if (figure.number().end() - start != 4) {
            return Optional.empty();
        }
        int year = 0;
        for (int i = start; i < start + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            year = year * 10 + (c - '0');
        }
        return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(year) : Optional.empty();
    }
}
