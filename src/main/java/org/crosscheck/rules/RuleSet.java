package org.crosscheck.rules;

import java.util.ArrayList;
import java.util.List;

/** Everything in {@code rules/}, validated: the language data extraction runs on. */
public record RuleSet(
        List<NumberWordsRule> numberWords,
        List<ScaleRule> scales,
        List<MultiplierRule> multipliers,
        List<UnitRule> units,
        List<SubunitRule> subunits,
        List<LinkRule> links,
        List<BoundRule> bounds,
        List<RangeRule> ranges,
        List<VagueRule> vague,
        List<StatusRule> statuses,
        List<AttributionRule> attributions,
        List<ClauseRule> clauses,
        List<ObliqueRule> obliques,
        List<EntityRule> entities,
        List<MeasureRule> measures,
        List<MonthsRule> months,
        List<RelativeDateRule> relativeDates,
        List<DateCueRule> dateCues) {

    public RuleSet {
        numberWords = List.copyOf(numberWords);
        scales = List.copyOf(scales);
        multipliers = List.copyOf(multipliers);
        units = List.copyOf(units);
        subunits = List.copyOf(subunits);
        links = List.copyOf(links);
        bounds = List.copyOf(bounds);
        ranges = List.copyOf(ranges);
        vague = List.copyOf(vague);
        statuses = List.copyOf(statuses);
        attributions = List.copyOf(attributions);
        clauses = List.copyOf(clauses);
        obliques = List.copyOf(obliques);
        entities = List.copyOf(entities);
        measures = List.copyOf(measures);
        months = List.copyOf(months);
        relativeDates = List.copyOf(relativeDates);
        dateCues = List.copyOf(dateCues);
    }

    /** Every rule, in file order. */
    public List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(numberWords);
        all.addAll(scales);
        all.addAll(multipliers);
        all.addAll(units);
        all.addAll(subunits);
        all.addAll(links);
        all.addAll(bounds);
        all.addAll(ranges);
        all.addAll(vague);
        all.addAll(statuses);
        all.addAll(attributions);
        all.addAll(clauses);
        all.addAll(obliques);
        all.addAll(entities);
        all.addAll(measures);
        all.addAll(months);
        all.addAll(relativeDates);
        all.addAll(dateCues);
        return all;
    }
}
