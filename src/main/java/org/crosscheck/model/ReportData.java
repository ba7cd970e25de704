package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final FactIndex factIndex;
    private final List<Finding> findings;
    private final Map<String, Resolution> resolutions;
    private final List<Resolution> stale;
    private final Optional<String> timestamp;
    /** The position of each claim a finding names; the claims themselves may be on disk. */
    private final Map<String, Integer> positionById = new HashMap<>();
    /** The fact of each claim a finding names, without its claims. */
    private final Map<String, Fact.Head> factHeadById = new HashMap<>();
    private final Map<String, SourceDoc> sourceById = new HashMap<>();

    public ReportData(String corpus, List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, List<Fact> facts, List<Finding> findings,
                      Map<String, Resolution> resolutions, List<Resolution> stale, Optional<String> timestamp) {
        this(corpus, sources, claims, claimIds, FactIndex.of(facts, claimIds), findings, resolutions, stale, timestamp);
    }

    /**
     * A report over claims that may be read from disk one by one: only the positions of the claims
     * the findings name, and their facts without claims, are kept at hand.
     */
    public ReportData(String corpus, List<SourceDoc> sources, List<Claim> claims, List<String> claimIds, FactIndex factIndex,
                      List<Finding> findings, Map<String, Resolution> resolutions, List<Resolution> stale, Optional<String> timestamp) {
        this.corpus = requireNonNull(corpus, "corpus");
        this.sources = List.copyOf(sources);
        this.claims = Collections.unmodifiableList(claims);
        this.claimIds = Collections.unmodifiableList(claimIds);
        this.factIndex = requireNonNull(factIndex, "factIndex");
        this.findings = List.copyOf(findings);
        this.resolutions = Map.copyOf(resolutions);
        this.stale = List.copyOf(stale);
        this.timestamp = requireNonNull(timestamp, "timestamp");
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + claims.size() + " claims, " + claimIds.size() + " ids");
        }
        Set<String> named = new HashSet<>();
        findings.forEach(f -> named.addAll(f.claims()));
        for (int i = 0; i < claimIds.size() && positionById.size() < named.size(); i++) {
            String id = claimIds.get(i);
            if (named.contains(id)) {
                positionById.put(id, i);
                int fact = factIndex.factOf(i);
                if (fact >= 0) {
                    Fact.Head head = factIndex.headOf(fact);
                    factHeadById.putIfAbsent(head.id(), head);
                }
            }
        }
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

    /** The facts, in order of their first claim. */
    public List<Fact> facts() {
        return factIndex.facts();
    }

    /** A fact with more than one claim, and how many sources state it. */
    public record SharedFact(Fact fact, int sources) {
    }

    /** The facts with more than one claim, in order of their first claim. */
    public List<SharedFact> factsStatedMoreThanOnce() {
        List<SharedFact> shared = new ArrayList<>();
        List<Fact> facts = factIndex.facts();
        for (int f = 0; f < facts.size(); f++) {
            int[] members = factIndex.claimsOf(f);
            if (members.length > 1) {
                Set<String> sourceIds = new HashSet<>();
                for (int claim : members) {
                    sourceIds.add(claims.get(claim).sourceId());
                }
                shared.add(new SharedFact(facts.get(f), sourceIds.size()));
            }
        }
        return shared;
    }

    /** The id of the fact the {@code claim}-th claim is in, if any. */
    public Optional<String> factOf(int claim) {
        int fact = factIndex.factOf(claim);
        return fact < 0 ? Optional.empty() : Optional.of(factIndex.idOf(fact));
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

    /** A claim a finding names. */
    public Claim claim(String id) {
        Integer position = requireNonNull(positionById.get(id), () -> "unknown claim " + id + ", or one no finding names");
        return claims.get(position);
    }

    /** The fact of a claim a finding names, without its claims, if {@code id} is one. */
    public Optional<Fact.Head> factHead(String id) {
        return Optional.ofNullable(factHeadById.get(id));
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
