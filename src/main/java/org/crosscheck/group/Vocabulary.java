package org.crosscheck.group;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What grouping needs to know of the rules, as plain data: how to name entities and measures, and
 * which entity a subject stands for in a fact key (an authority acts for its country, so "the ICO"
 * and "the United Kingdom" fine alike).
 *
 * @param entityNames display names by entity id
 * @param measureLabels labels by measure id
 * @param keySubjects the entity a subject counts as in a fact key, by entity id; absent means itself
 */
public record Vocabulary(Map<String, String> entityNames, Map<String, String> measureLabels, Map<String, String> keySubjects) {

    public Vocabulary {
        entityNames = Map.copyOf(requireNonNull(entityNames, "entityNames"));
        measureLabels = Map.copyOf(requireNonNull(measureLabels, "measureLabels"));
        keySubjects = Map.copyOf(requireNonNull(keySubjects, "keySubjects"));
    }

    String keySubject(String subject) {
        return keySubjects.getOrDefault(subject, subject);
    }

    String entityName(String id) {
        return entityNames.getOrDefault(id, id);
    }

    String measureLabel(String id) {
        return measureLabels.getOrDefault(id, id);
    }
}
