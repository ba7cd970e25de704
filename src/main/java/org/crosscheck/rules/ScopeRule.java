package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Words that narrow what a figure counts (qualifiers.yaml, kind {@code scope}): "€100,000 per day",
 * "23 photos of him", "a maximum of €1.5 million". A scoped figure measures something else than the
 * plain measure, so it gets a measure of its own: {@code fine/per-day}, labelled "fine per day".
 *
 * @param scope the slug appended to the measure id ("per-day")
 * @param label what the scope adds to the measure's label ("per day")
 * @param before words that scope a figure they come just before ("daily penalty of"), per language
 * @param after words that scope a figure they come just after ("per day"), per language
 * @param ofMeasure whether the after words must be followed by a word of the figure's own measure
 *     ("$2 million of the contract": a part of the contract)
 */
public record ScopeRule(String id, String scope, String label, Map<String, List<String>> before,
                        Map<String, List<String>> after, Boolean ofMeasure, Examples examples) implements Rule {

    public ScopeRule {
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
        ofMeasure = Boolean.TRUE.equals(ofMeasure);
    }

    /** The id of {@code measure} narrowed by this scope. */
    public String scoped(String measure) {
        return scoped(measure, scope);
    }

    /** The id of {@code measure} narrowed by the scope {@code scope} ("fine/per-day"). */
    public static String scoped(String measure, String scope) {
        return measure + "/" + scope;
    }
}
