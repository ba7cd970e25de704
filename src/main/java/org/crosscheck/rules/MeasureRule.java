package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * What a figure measures (measures.yaml): a fine, a contract's value, a database's size.
 *
 * @param label how reports name it ("fine", "database size")
 * @param dimension the dimension its figures have ("currency", "count")
 * @param units the units its figures may have (counted nouns such as "images"); empty for any unit of the dimension
 * @param grows true when its value grows over time (a database's size), so a later larger figure is drift
 * @param subjects the entity types that can be what its figures are about ("authority" for a fine:
 *     who imposed it); empty for any
 * @param triggers words per language that name the measure
 */
public record MeasureRule(String id, String label, String dimension, List<String> units, boolean grows, List<String> subjects,
                          Map<String, List<String>> triggers, Examples examples) implements Rule {

    public MeasureRule {
        units = units == null ? List.of() : List.copyOf(units);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        triggers = Map.copyOf(triggers);
        if (dimension == null || dimension.isBlank()) {
            throw new IllegalArgumentException("a measure needs a dimension");
        }
    }
}
