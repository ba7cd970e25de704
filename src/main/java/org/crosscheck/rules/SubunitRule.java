package org.crosscheck.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A fraction of a currency (units.yaml, kind {@code subunit}): "50 cents" is 0.50 of the dollar
 * or euro the sentence names, else of {@code defaultFor}; "3 dollars 50 cents" is 3.50.
 *
 * @param factor the subunit's value in its currency (0.01)
 * @param currencies the currencies it can belong to, by ISO code
 * @param defaultFor the currency it belongs to when the sentence names none of them
 * @param connectors words allowed between the currency amount and the subunit amount ("and", "et")
 */
public record SubunitRule(String id, Map<String, List<String>> words, BigDecimal factor, List<String> currencies,
                          String defaultFor, Map<String, List<String>> connectors, Examples examples) implements Rule {

    public SubunitRule {
        words = Map.copyOf(words);
        currencies = List.copyOf(currencies);
        connectors = connectors == null ? Map.of() : Map.copyOf(connectors);
        if (!currencies.contains(defaultFor)) {
            throw new IllegalArgumentException("defaultFor '" + defaultFor + "' is not among the currencies " + currencies);
        }
    }
}
