package org.crosscheck.reconcile;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Fact;
import org.crosscheck.model.FactIndex;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingKind;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.ReconcilePolicy;
import org.crosscheck.model.Severity;
import org.crosscheck.normalize.Figures;

/**
 * Compares the claims of each fact and reports what deserves a look. Within a fact, claims sorted
 * by central value fall into runs that agree with the run's first claim; each pair of neighbouring
 * runs is a conflict, or drift when the measure grows and the larger run is later. A figure stated
 * as proposed or planned is compared only with figures of the same kind, and agreeing with a figure
 * stated as done ("fined", "imposed": status final, not a plain report) is a status mismatch. Across facts, hash lookups find one figure under two
 * subjects (attribution) and one figure of one subject in two units. Sorting makes it
 * O(n log n) in the number of claims.
 */
public final class Reconciler {

    private static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::fact)
            .thenComparing(Finding::id);

    private final ReconcilePolicy policy;
    private final Map<String, String> measureLabels;
    private final Set<String> growingMeasures;
    private final Set<String> itemisedMeasures;
    private final BiFunction<Claim, Quantity, Optional<Normalized>> footing;

    /**
     * @param measureLabels how reports name each measure, by id
     * @param growingMeasures ids of the measures whose value grows over time
     * @param itemisedMeasures ids of the measures that one source states for several items (rates,
     *     caps, parts: "€250,000 per month" for one order, "€200,000 per month" for the next), so that
     *     two of its figures never contradict each other
     * @param footing puts a figure of a claim (a stated equivalent) on the claims' common footing
     */
    public Reconciler(ReconcilePolicy policy, Map<String, String> measureLabels, Set<String> growingMeasures,
                      Set<String> itemisedMeasures, BiFunction<Claim, Quantity, Optional<Normalized>> footing) {
        this.policy = requireNonNull(policy, "policy");
        this.measureLabels = Map.copyOf(measureLabels);
        this.growingMeasures = Set.copyOf(growingMeasures);
        this.itemisedMeasures = Set.copyOf(itemisedMeasures);
        this.footing = requireNonNull(footing, "footing");
    }

    /** The findings about {@code facts}, whose claims are {@code claims} with ids {@code claimIds}, most severe first. */
    public List<Finding> reconcile(List<Claim> claims, List<String> claimIds, List<Fact> facts) {
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + claims.size() + " claims, " + claimIds.size() + " ids");
        }
        return reconcile(claims, claimIds, FactIndex.of(facts, claimIds), claim -> true);
    }

    /**
     * The findings about the facts of {@code index}, whose claims are {@code claims} with ids
     * {@code claimIds}, most severe first. Each fact's claims are read once, fact by fact; across
     * facts only a hash per figure is kept, and the claims whose figure another shares are read again.
     * A fact of one claim without a subject can only disagree with a figure its claim states again
     * ("17 millions de livres (20 millions d'euros)"): its claim is read only when
     * {@code statesAgain} says, by position, that it does.
     */
    public List<Finding> reconcile(List<Claim> claims, List<String> claimIds, FactIndex index, IntPredicate statesAgain) {
        if (claims.size() != claimIds.size()) {
            throw new IllegalArgumentException("one id per claim: " + claims.size() + " claims, " + claimIds.size() + " ids");
        }
        int factCount = index.facts().size();
        List<Finding> findings = new ArrayList<>();
        FigureIndex byFigure = new FigureIndex();
        FigureIndex bySubjectFigure = new FigureIndex();
        for (int f = 0; f < factCount; f++) {
            int[] members = index.claimsOf(f);
            if (members.length == 1 && !statesAgain.test(members[0]) && !index.hasSubject(f)) {
                continue;
            }
            Fact.Head fact = index.headOf(f);
            List<Stated> stated = new ArrayList<>();
            for (int at : members) {
                Claim claim = claims.get(at);
                String id = claimIds.get(at);
                claim.normalized().ifPresent(n -> stated.add(new Stated(id, claim, claim.quantity(), n)));
                if (fact.subject().isPresent()) {
                    List<Quantity> figures = figures(claim);
                    for (int k = 0; k < figures.size(); k++) {
                        int figure = k;
                        attributionKey(fact, figures.get(k)).ifPresent(key -> byFigure.add(key, at, figure));
                        unitMismatchKey(fact, claim, figures.get(k)).ifPresent(key -> bySubjectFigure.add(key, at, figure));
                    }
                }
            }
            compareValues(fact, stated, findings);
            stated.forEach(s -> conversions(fact, s, findings));
        }
        Function<FigureIndex.Entry, Fact.Head> factOf = entry -> index.headOf(index.factOf(entry.claim()));
        // Across facts, findings are added in key order, as a sort by severity, kind, fact and id may leave ties.
        Map<String, List<Finding>> byKey = new TreeMap<>();
        byFigure.forEachShared(claims::get,
                (entry, claim) -> attributionKey(factOf.apply(entry), figures(claim).get(entry.figure())).orElseThrow(),
                (key, group) -> attribution(stated(group, claimIds), factOf(group, factOf, claimIds),
                        byKey.computeIfAbsent(key, k -> new ArrayList<>())));
        byKey.values().forEach(findings::addAll);
        byKey.clear();
        bySubjectFigure.forEachShared(claims::get,
                (entry, claim) -> unitMismatchKey(factOf.apply(entry), claim, figures(claim).get(entry.figure())).orElseThrow(),
                (key, group) -> unitMismatch(stated(group, claimIds), factOf(group, factOf, claimIds),
                        byKey.computeIfAbsent(key, k -> new ArrayList<>())));
        byKey.values().forEach(findings::addAll);
        findings.sort(REPORT_ORDER);
        return List.copyOf(findings);
    }

    /** A claim's own figure, then its stated equivalents. */
    private static List<Quantity> figures(Claim claim) {
        List<Quantity> figures = new ArrayList<>(1 + claim.equivalents().size());
        figures.add(claim.quantity());
        figures.addAll(claim.equivalents());
        return figures;
    }

    /** Where a figure of a fact with a subject is filed for attribution: (measure, unit, figure), when its qualifier counts for it. */
    private Optional<String> attributionKey(Fact.Head fact, Quantity q) {
        if (q.dimension().equals(Quantity.BARE_NUMBER) || !comparable(q) || fact.measure().isEmpty()
                || !policy.attributionQualifiers().contains(q.qualifier())) {
            return Optional.empty();
        }
        return Optional.of(fact.measure().get() + '\u0000' + q.unit() + '\u0000' + q.stated().stripTrailingZeros().toPlainString());
    }

    /** Where a claim's own count is filed for unit mismatch: (subject, dimension, figure). */
    private Optional<String> unitMismatchKey(Fact.Head fact, Claim claim, Quantity q) {
        if (q.dimension().equals(Quantity.BARE_NUMBER) || !comparable(q) || q.isMoney() || q != claim.quantity()) {
            return Optional.empty();
        }
        return Optional.of(fact.subject().orElseThrow() + '\u0000' + q.dimension() + '\u0000' + q.stated().stripTrailingZeros().toPlainString());
    }

    /** The figures of entries as stated, for comparison across facts. */
    private static List<Stated> stated(List<FigureIndex.Located> group, List<String> claimIds) {
        List<Stated> stated = new ArrayList<>(group.size());
        for (FigureIndex.Located located : group) {
            Claim claim = located.claim();
            Quantity q = figures(claim).get(located.entry().figure());
            stated.add(new Stated(claimIds.get(located.entry().claim()), claim, q,
                    new Normalized(q.stated(), q.low(), q.high(), q.unit(), "")));
        }
        return stated;
    }

    /** The fact of each entry's claim, by claim id. */
    private static Map<String, Fact.Head> factOf(List<FigureIndex.Located> group, Function<FigureIndex.Entry, Fact.Head> factOf,
                                                 List<String> claimIds) {
        Map<String, Fact.Head> facts = new HashMap<>();
        group.forEach(located -> facts.put(claimIds.get(located.entry().claim()), factOf.apply(located.entry())));
        return facts;
    }

    private void compareValues(Fact.Head fact, List<Stated> stated, List<Finding> findings) {
        Map<String, List<Stated>> byUnit = new TreeMap<>();
        for (Stated s : stated) {
            if (comparable(s.figure())) {
                byUnit.computeIfAbsent(s.value().unit(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Stated> sameUnit : byUnit.values()) {
            List<Run> intended = runs(sameUnit.stream().filter(s -> isIntended(s.claim().status())).toList());
            List<Run> done = runs(sameUnit.stream().filter(s -> !isIntended(s.claim().status())).toList());
            disagreements(fact, done, findings);
            disagreements(fact, intended, findings);
            statusMismatches(fact, intended, done, findings);
        }
    }

    /** Whether a figure takes part in comparisons: a vague one ("plusieurs milliards") only when the policy says so. */
    private boolean comparable(Quantity figure) {
        return policy.compareVague() || figure.qualifier() != Qualifier.VAGUE;
    }

    /** Proposed and planned figures are not yet facts: they are compared among themselves. */
    private static boolean isIntended(ClaimStatus status) {
        return status == ClaimStatus.PROPOSED || status == ClaimStatus.PLANNED;
    }

    /** Claims sorted by central value, cut into runs that agree with each run's first claim. */
    private List<Run> runs(List<Stated> stated) {
        List<Stated> sorted = new ArrayList<>(stated);
        sorted.sort(Comparator.comparing((Stated s) -> s.value().stated()).thenComparing(Stated.IN_CORPUS));
        List<Run> runs = new ArrayList<>();
        for (Stated s : sorted) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && Comparison.of(last.anchor().value(), s.value(), policy.tolerance()).agrees()) {
                last.members().add(s);
            } else {
                runs.add(new Run(s, new ArrayList<>(List.of(s))));
            }
        }
        return runs;
    }

    private void disagreements(Fact.Head fact, List<Run> runs, List<Finding> findings) {
        boolean grows = fact.measure().filter(growingMeasures::contains).isPresent();
        boolean itemised = fact.measure().filter(itemisedMeasures::contains).isPresent();
        String label = fact.measure().map(m -> measureLabels.getOrDefault(m, m)).orElse("the figure");
        for (int i = 1; i < runs.size(); i++) {
            Run lower = runs.get(i - 1);
            Run higher = runs.get(i);
            Stated a = lower.anchor();
            Stated b = higher.anchor();
            Comparison comparison = Comparison.of(a.value(), b.value(), policy.tolerance());
            if (isInternal(lower, higher) && (itemised || grows && !Times.sameStatedTime(lower.members(), higher.members()))) {
                continue;
            }
            boolean undated = Times.anyUndated(lower.members()) || Times.anyUndated(higher.members());
            boolean drift = grows && (undated || Times.before(lower.members(), higher.members()));
            FindingKind kind = drift ? FindingKind.DRIFT : FindingKind.CONFLICT;
            Severity severity = drift ? policy.severityOf(kind)
                    : policy.conflictSeverity(comparison.gap(), comparison.verdict() == Verdict.EDGE);
            StringBuilder explanation = new StringBuilder()
                    .append(Explanations.described(a)).append(Explanations.alsoStated(lower.members().size() - 1)).append("; ")
                    .append(Explanations.described(b)).append(Explanations.alsoStated(higher.members().size() - 1)).append("; ")
                    .append(Explanations.gap(a, b, comparison.gap())).append("; ")
                    .append(Explanations.verdict(a, b, comparison, policy.tolerance()));
            if (grows) {
                explanation.append("; ").append(label).append(" grows over time and ")
                        .append(undated ? "not every figure is dated (" : drift ? "the larger figure is later (" : "the larger figure is not the later one (")
                        .append(Times.describe(lower.members())).append(" against ").append(Times.describe(higher.members()))
                        .append(undated ? "), so it may have grown in between" : drift ? "), so it may have grown rather than be wrong" : ")");
            }
            String summary = drift
                    ? "may have grown from one to the other"
                    : Figures.percent(comparison.gap()) + " apart" + (comparison.verdict() == Verdict.EDGE
                            ? ", agreeing only at the edge of rounding and rate ranges" : "");
            List<Stated> involved = new ArrayList<>(lower.members());
            involved.addAll(higher.members());
            findings.add(finding(kind, severity, fact, involved,
                    fact.label() + ": " + Explanations.figure(a.figure()) + " vs " + Explanations.figure(b.figure()) + ", " + summary,
                    explanation.toString(), Optional.of(comparison.gap())));
        }
    }

    /**
     * Whether both runs come from one source. A growing count stated twice in one article is most
     * often two counts (parts of a total, other periods, other agencies): one source contradicts
     * itself on such a measure only when both figures carry the same stated date. An itemised
     * measure stated twice in one source is two items.
     */
    private static boolean isInternal(Run lower, Run higher) {
        String source = lower.anchor().claim().sourceId();
        return lower.members().stream().allMatch(s -> s.claim().sourceId().equals(source))
                && higher.members().stream().allMatch(s -> s.claim().sourceId().equals(source));
    }

    private void statusMismatches(Fact.Head fact, List<Run> intended, List<Run> done, List<Finding> findings) {
        if (intended.isEmpty() || done.isEmpty()) {
            return;
        }
        BigDecimal keep = BigDecimal.ONE.subtract(policy.tolerance()); // positive: the policy's tolerance is below 1
        for (Run plan : intended) {
            BigDecimal x = plan.anchor().value().stated();
            BigDecimal from = x.multiply(keep);
            BigDecimal to = x.divide(keep, MathContext.DECIMAL64);
            List<Stated> involved = new ArrayList<>(plan.members());
            Stated match = null;
            for (int i = firstAtLeast(done, from.min(to)); i < done.size()
                    && done.get(i).anchor().value().stated().compareTo(from.max(to)) <= 0; i++) {
                Run run = done.get(i);
                if (run.members().stream().anyMatch(s -> s.claim().status() == ClaimStatus.FINAL)
                        && Comparison.of(plan.anchor().value(), run.anchor().value(), policy.tolerance()).agrees()) {
                    involved.addAll(run.members());
                    match = match == null ? run.anchor() : match;
                }
            }
            if (match != null) {
                Stated a = plan.anchor();
                String explanation = statuses(plan.members()) + ": " + Explanations.described(a) + "; "
                        + statuses(involved.subList(plan.members().size(), involved.size())) + ": " + Explanations.described(match)
                        + "; the figures agree (" + Figures.percent(Comparison.relativeGap(a.value().stated(), match.value().stated()))
                        + " apart) but not what happened: a proposal or a plan reported as done, or the reverse";
                findings.add(finding(FindingKind.STATUS_MISMATCH, policy.severityOf(FindingKind.STATUS_MISMATCH), fact, involved,
                        fact.label() + ": " + Explanations.figure(a.figure()) + " is " + statuses(plan.members()) + " in one place and "
                                + statuses(involved.subList(plan.members().size(), involved.size())) + " in another",
                        explanation, Optional.of(Comparison.relativeGap(a.value().stated(), match.value().stated()))));
            }
        }
    }

    /** The index of the first run whose first claim's central value is at least {@code value}. */
    private static int firstAtLeast(List<Run> runs, BigDecimal value) {
        int low = 0;
        int high = runs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (runs.get(mid).anchor().value().stated().compareTo(value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String statuses(List<Stated> stated) {
        return Explanations.list(new TreeSet<>(stated.stream().map(s -> s.claim().status().id()).toList()).stream().toList());
    }

    /** A stated equivalent ("17 millions de livres (20 millions d'euros)") checked against the rate. */
    private void conversions(Fact.Head fact, Stated own, List<Finding> findings) {
        for (Quantity equivalent : own.claim().equivalents()) {
            if (equivalent.unit().equals(own.figure().unit())) {
                continue;
            }
            Optional<Normalized> converted = footing.apply(own.claim(), equivalent)
                    .filter(n -> n.unit().equals(own.value().unit()));
            if (converted.isEmpty()) {
                continue;
            }
            Stated other = new Stated(own.id(), own.claim(), equivalent, converted.get());
            Comparison comparison = Comparison.of(own.value(), other.value(), policy.tolerance());
            if (comparison.agrees()) {
                continue;
            }
            boolean ownLower = own.value().stated().compareTo(other.value().stated()) <= 0;
            String explanation = Explanations.described(own) + "; the text gives it as " + Explanations.described(other) + "; "
                    + Explanations.gap(ownLower ? own : other, ownLower ? other : own, comparison.gap()) + "; "
                    + Explanations.verdict(own, other, comparison, policy.tolerance());
            findings.add(finding(FindingKind.CONVERSION, policy.severityOf(FindingKind.CONVERSION), fact, List.of(own),
                    fact.label() + ": " + Explanations.figure(own.figure()) + " is not " + Explanations.figure(equivalent)
                            + " at the ECB rate, " + Figures.percent(comparison.gap()) + " apart",
                    explanation, Optional.of(comparison.gap())));
        }
    }

    /** One figure of one measure under several subjects, in several sources. */
    private void attribution(List<Stated> group, Map<String, Fact.Head> factOfClaim, List<Finding> findings) {
        Map<String, Fact.Head> facts = new LinkedHashMap<>();
        group.stream().sorted(Stated.IN_CORPUS).forEach(s -> facts.putIfAbsent(factOfClaim.get(s.id()).id(), factOfClaim.get(s.id())));
        if (facts.size() < 2 || group.stream().map(s -> s.claim().sourceId()).distinct().count() < 2) {
            return;
        }
        Stated first = group.stream().min(Stated.IN_CORPUS).orElseThrow();
        List<String> labels = facts.values().stream().map(Fact.Head::label).toList();
        String figure = Explanations.amount(first.figure());
        String explanation = "the same figure, " + figure + ", is given for " + facts.size() + " different subjects of one measure: "
                + Explanations.list(group.stream().sorted(Stated.IN_CORPUS)
                        .map(s -> "\"" + s.claim().text() + "\" (" + factOfClaim.get(s.id()).label() + ", " + s.claim().sourceId() + ")")
                        .distinct().toList())
                + "; one of them may be attributed to the wrong subject, or the figures coincide";
        Fact.Head about = facts.values().stream().min(Comparator.comparing(Fact.Head::id)).orElseThrow();
        findings.add(finding(FindingKind.ATTRIBUTION, policy.severityOf(FindingKind.ATTRIBUTION), about,
                group, figure + " is given for " + Explanations.list(labels), explanation, Optional.empty()));
    }

    /** One figure of one subject in several units ("3 billion people", "3 billion images"), in several sources. */
    private void unitMismatch(List<Stated> group, Map<String, Fact.Head> factOfClaim, List<Finding> findings) {
        Set<String> units = new TreeSet<>(group.stream().map(s -> s.figure().unit()).toList());
        if (units.size() < 2 || group.stream().map(s -> s.claim().sourceId()).distinct().count() < 2) {
            return;
        }
        Stated first = group.stream().min(Stated.IN_CORPUS).orElseThrow();
        Fact.Head fact = factOfClaim.get(first.id());
        String explanation = "the same figure about " + fact.label() + " is counted in " + units.size() + " units: "
                + Explanations.list(group.stream().sorted(Stated.IN_CORPUS)
                        .map(s -> "\"" + s.claim().text() + "\" (" + s.figure().unit() + ", " + s.claim().sourceId() + ")").distinct().toList())
                + "; one source may have the unit wrong";
        findings.add(finding(FindingKind.UNIT_MISMATCH, policy.severityOf(FindingKind.UNIT_MISMATCH), fact, group,
                Figures.stated(first.figure().stated()) + " is counted in " + Explanations.list(List.copyOf(units)), explanation,
                Optional.empty()));
    }

    private static Finding finding(FindingKind kind, Severity severity, Fact.Head fact, List<Stated> involved, String message,
                                   String explanation, Optional<BigDecimal> gap) {
        List<String> ids = new TreeSet<>(involved.stream().map(Stated::id).toList()).stream().toList();
        boolean internal = involved.stream().map(s -> s.claim().sourceId()).distinct().count() == 1;
        return new Finding(FindingIds.of(kind, fact.id(), ids), kind, internal, severity, fact.id(), ids, message, explanation,
                gap.map(g -> g.setScale(4, RoundingMode.HALF_EVEN)));
    }

    /** Claims that agree with the first of them, the one the run is compared by. */
    private record Run(Stated anchor, List<Stated> members) {
    }
}
