package org.crosscheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<ScopeRule> scopes,
        List<ChangeRule> changes,
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
        scopes = List.copyOf(scopes);
        changes = List.copyOf(changes);
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
        all.addAll(scopes);
        all.addAll(changes);
        all.addAll(entities);
        all.addAll(measures);
        all.addAll(months);
        all.addAll(relativeDates);
        all.addAll(dateCues);
        return all;
    }

    /**
     * How reports name each measure, by id: the measures of measures.yaml and each of them narrowed
     * by each scope ("fine/per-day": "fine per day").
     */
    public Map<String, String> measureLabels() {
        Map<String, String> labels = new HashMap<>();
        for (MeasureRule measure : measures) {
            labels.put(measure.id(), measure.label());
            scopes.forEach(scope -> labels.put(scope.scoped(measure.id()), measure.label() + " " + scope.label()));
        }
        return Map.copyOf(labels);
    }

    /** Every measure narrowed by every scope ("fine/per-day"): rates, caps and shares, which a source states per item. */
    public Set<String> scopedMeasures() {
        Set<String> scoped = new HashSet<>();
        measures.forEach(measure -> scopes.forEach(scope -> scoped.add(scope.scoped(measure.id()))));
        return Set.copyOf(scoped);
    }
}
