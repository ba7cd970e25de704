package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * A unit a figure can be stated in (units.yaml): a currency (id = ISO 4217 code), a counted noun
 * (id = canonical unit, "images"), or percent.
 *
 * @param kind "currency", "count" or "percent"
 * @param dimension "currency", "count", "percent"
 * @param symbols symbols and codes that always mean this unit ("€", "EUR", "US$")
 * @param sharedSymbols symbols several units use ("$", "kr"): this unit when the sentence names it in words
 * @param defaultFor shared symbols that mean this unit when the sentence names no other ("$" is USD)
 * @param words words per language, singular and plural, longest phrases first or not: all are tried
 */
public record UnitRule(String id, String kind, String dimension, List<String> symbols, List<String> sharedSymbols,
                       List<String> defaultFor, Map<String, List<String>> words, Examples examples) implements Rule {

    public UnitRule {
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
        sharedSymbols = sharedSymbols == null ? List.of() : List.copyOf(sharedSymbols);
        defaultFor = defaultFor == null ? List.of() : List.copyOf(defaultFor);
        words = words == null ? Map.of() : Map.copyOf(words);
    }
}
