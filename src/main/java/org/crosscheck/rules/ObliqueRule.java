package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Words after which an entity is an instrument, a source or an example rather than what a figure
 * is about (qualifiers.yaml, kind {@code oblique}): "300 recherches avec Clearview", "des images
 * extraites de sites, notamment Facebook".
 */
public record ObliqueRule(String id, Map<String, List<String>> words, Map<String, List<String>> after, Examples examples)
        implements Rule {

    public ObliqueRule {
        words = Map.copyOf(words);
        after = after == null ? Map.of() : Map.copyOf(after);
    }
}
