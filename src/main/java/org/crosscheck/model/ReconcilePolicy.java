package org.crosscheck.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * When the figures of one fact agree and how much a disagreement matters (rules/policy.yaml).
 *
 * @param tolerance central values within this relative gap agree, when their intervals meet
 * @param conflictError the relative gap from which a conflict is an error
 * @param conflictWarning the relative gap from which a conflict is a warning; below it, info
 * @param edgeCap the highest severity of a conflict whose intervals overlap
 * @param kindSeverity the severity of each kind other than conflict
 * @param compareVague whether vague figures ("plusieurs milliards") are compared with others
 * @param attributionQualifiers qualifiers of figures that count as one figure under two subjects
 */
public record ReconcilePolicy(BigDecimal tolerance, BigDecimal conflictError, BigDecimal conflictWarning, Severity edgeCap,
                              Map<FindingKind, Severity> kindSeverity, boolean compareVague,
                              Set<Qualifier> attributionQualifiers) {

    public ReconcilePolicy {
        requireNonNull(tolerance, "tolerance");
        requireNonNull(conflictError, "conflictError");
        requireNonNull(conflictWarning, "conflictWarning");
        requireNonNull(edgeCap, "edgeCap");
        kindSeverity = Map.copyOf(kindSeverity);
        attributionQualifiers = Set.copyOf(attributionQualifiers);
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tolerance must be at least 0 and below 1, got " + tolerance);
        }
        if (conflictWarning.compareTo(conflictError) > 0) {
            throw new IllegalArgumentException("the warning gap " + conflictWarning + " is above the error gap " + conflictError);
        }
        for (FindingKind kind : FindingKind.values()) {
            if (kind != FindingKind.CONFLICT && !kindSeverity.containsKey(kind)) {
                throw new IllegalArgumentException("no severity for " + kind.id());
            }
        }
    }

    /** The policy when rules/ has none: 2% tolerance, conflicts an error from 10%. */
    public static ReconcilePolicy defaults() {
        Map<FindingKind, Severity> kinds = new EnumMap<>(FindingKind.class);
        kinds.put(FindingKind.DRIFT, Severity.WARNING);
        kinds.put(FindingKind.UNIT_MISMATCH, Severity.WARNING);
        kinds.put(FindingKind.STATUS_MISMATCH, Severity.WARNING);
        kinds.put(FindingKind.ATTRIBUTION, Severity.INFO);
        kinds.put(FindingKind.CONVERSION, Severity.WARNING);
        return new ReconcilePolicy(new BigDecimal("0.02"), new BigDecimal("0.10"), new BigDecimal("0.02"), Severity.WARNING,
                kinds, false, Set.of(Qualifier.EXACT, Qualifier.APPROX));
    }

    /** The severity of a conflict whose central values are {@code gap} apart; capped when the intervals overlap. */
    public Severity conflictSeverity(BigDecimal gap, boolean overlapping) {
        Severity byGap = gap.compareTo(conflictError) >= 0 ? Severity.ERROR
                : gap.compareTo(conflictWarning) >= 0 ? Severity.WARNING : Severity.INFO;
        return overlapping ? byGap.atMost(edgeCap) : byGap;
    }

    public Severity severityOf(FindingKind kind) {
        return kindSeverity.get(kind);
    }
}
