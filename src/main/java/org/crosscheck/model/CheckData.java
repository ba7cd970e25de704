package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What {@code check} shows of a run: the findings, most severe first, where each is shown (its first
 * claim in order of source and position), the editors' resolutions by finding id, and the resolutions
 * whose finding no longer exists. {@code corpus} is the corpus folder as the user named it.
 */
public record CheckData(String corpus, List<Finding> findings, Map<String, Anchor> anchors, Map<String, Resolution> resolutions,
                        List<Resolution> stale) {

    /** Where a finding is shown: its first claim's source and span. */
    public record Anchor(String sourceId, Span span) {
        public Anchor {
            requireNonNull(sourceId, "sourceId");
            requireNonNull(span, "span");
        }
    }

    public CheckData {
        requireNonNull(corpus, "corpus");
        findings = List.copyOf(findings);
        anchors = Map.copyOf(anchors);
        resolutions = Map.copyOf(resolutions);
        stale = List.copyOf(stale);
        for (Finding finding : findings) {
            if (!anchors.containsKey(finding.id())) {
                throw new IllegalArgumentException("no anchor for finding " + finding.id());
            }
        }
    }

    /** The findings no editor has resolved, most severe first. */
    public List<Finding> unresolved() {
        return findings.stream().filter(f -> !resolutions.containsKey(f.id())).toList();
    }

    public Anchor anchor(Finding finding) {
        return anchors.get(finding.id());
    }

    /** Where a source's file is, relative to where crosscheck runs: the corpus folder, a slash, the source id. */
    public String location(String sourceId) {
        return corpus.isEmpty() || corpus.equals(".") ? sourceId : corpus + "/" + sourceId;
    }
}
