package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report shows: the sources, claims (with their ids, in the same order), facts and
 * findings of a run, the editors' resolutions by finding id, the resolutions whose finding no
 * longer exists, and a timestamp only when one was asked for. {@code corpus} is the corpus folder as
 * the user named it, with '/' separators, so that {@code corpus + "/" + sourceId} locates a source.
 */
public final class ReportData {

    private final String corpus;
    private final List<SourceDoc> sources;
    private final List<Claim> claims;
    private final List<String> claimIds;
    private final List<Fact> facts;
    private final List<Finding> findings;
    private final Map<String, Resolution> resolutions;
    private final List<Resolution> stale;
    private final Optional<String> timestamp;
    private final Map<String, Claim> claimById = new HashMap<>();
    private final Map<String, Fact> factById = new HashMap<>();
    private final Map<String, SourceDoc> sourceById = new HashMap<>();

    public ReportData(String corpus, List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts, List<Finding> findings,
                      Map<String, Resolution> resolutions, List<Resolution> stale, Optional<String> timestamp) {
        this.corpus = requireNonNull(corpus, "corpus");
        this.sources = List.copyOf(sources);
        this.claims = List.copyOf(claims);
        this.claimIds = List.copyOf(claimIds);
        this.facts = List.copyOf(facts);
        this.findings = List.copyOf(findings);
        this.resolutions = Map.copyOf(resolutions);
        this.stale = List.copyOf(stale);
        this.timestamp = requireNonNull(timestamp, "timestamp");
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + claims.size() + " claims, " + claimIds.size() + " ids");
        }
        for (int i = 0; i < claims.size(); i++) {
            claimById.put(claimIds.get(i), claims.get(i));
        }
        facts.forEach(f -> factById.put(f.id(), f));
        sources.forEach(s -> sourceById.put(s.id(), s));
    }

    /** A run's result without resolutions or timestamp. */
    public static ReportData of(String corpus, List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts,
                                List<Finding> findings) {
        return new ReportData(corpus, sources, claims, claimIds, facts, findings, Map.of(), List.of(), Optional.empty());
    }

    public String corpus() {
        return corpus;
    }

    /** Where a source's file is, relative to where crosscheck runs: the corpus folder, a slash, the source id. */
    public String location(String sourceId) {
        return corpus.isEmpty() || corpus.equals(".") ? sourceId : corpus + "/" + sourceId;
    }

    public List<SourceDoc> sources() {
        return sources;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<String> claimIds() {
        return claimIds;
    }

    public List<Fact> facts() {
        return facts;
    }

    /** Most severe first. */
    public List<Finding> findings() {
        return findings;
    }

    /** Resolutions whose finding no longer exists, in file order. */
    public List<Resolution> stale() {
        return stale;
    }

    /** When the report was made, only when asked for (reports are otherwise byte-identical run to run). */
    public Optional<String> timestamp() {
        return timestamp;
    }

    public Claim claim(String id) {
        return requireNonNull(claimById.get(id), () -> "unknown claim " + id);
    }

    public Fact fact(String id) {
        return requireNonNull(factById.get(id), () -> "unknown fact " + id);
    }

    public Optional<SourceDoc> source(String id) {
        return Optional.ofNullable(sourceById.get(id));
    }

    public Optional<Resolution> resolution(String findingId) {
        return Optional.ofNullable(resolutions.get(findingId));
    }

    /** The findings no editor has resolved, most severe first. */
    public List<Finding> unresolved() {
        return findings.stream().filter(f -> !resolutions.containsKey(f.id())).toList();
    }

    /** The claims of a finding, in order of source and position. */
    public List<Claim> claimsOf(Finding finding) {
        return finding.claims().stream().map(this::claim)
                .sorted(Comparator.comparing(Claim::sourceId).thenComparingInt(c -> c.span().start()))
                .toList();
    }
}
