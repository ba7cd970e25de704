package org.crosscheck.rules;

import java.util.List;
import java.util.Map;

/**
 * Something figures are about (entities.yaml): a country, an authority, a company, an agency.
 *
 * @param name how reports name it ("Italy", "Swedish Police Authority")
 * @param type "country", "authority", "company", "agency", "organisation"
 * @param country the id of the country it belongs to, or null
 * @param names names, acronyms and aliases per language, matched as whole words
 * @param adjectives demonyms per language ("suédoise", "Swedish"), matched as whole words
 */
public record EntityRule(String id, String name, String type, String country, Map<String, List<String>> names,
                         Map<String, List<String>> adjectives, Examples examples) implements Rule {

    public EntityRule {
        names = names == null ? Map.of() : Map.copyOf(names);
        adjectives = adjectives == null ? Map.of() : Map.copyOf(adjectives);
    }
}
