package org.crosscheck.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.crosscheck.group.FactGrouper;
import org.crosscheck.group.Vocabulary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Fact;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Normalized;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.ReconcilePolicy;
import org.crosscheck.model.Span;
import org.crosscheck.reconcile.Reconciler;

/**
 * Times claim ids plus grouping, then comparison (reconcile), on 10^4, 10^5 and 10^6 synthetic
 * claims (many sources, subjects and measures, a tenth without subject, figures with a 2% interval)
 * and prints the time per claim of each stage at each size, so growth that is not linear shows.
 * Arguments: none; run it with {@code bench/group.sh}.
 */
public final class GroupingBenchmark {

    private static final int[] SIZES = {10_000, 100_000, 1_000_000};
    private static final String[] MEASURES = {"fine", "contract-value", "database-size", "search-count", "client-count"};
    private static final int WARMUPS = 2;
    private static final BigDecimal LOW = new BigDecimal("0.99");
    private static final BigDecimal HIGH = new BigDecimal("1.01");

    private GroupingBenchmark() {
    }

    public static void main(String[] args) {
        FactGrouper grouper = new FactGrouper(new Vocabulary(Map.of(), Map.of(), Map.of()));
        Reconciler reconciler = new Reconciler(ReconcilePolicy.defaults(), Map.of(), Set.of("database-size", "search-count"),
                Set.of(), (claim, figure) -> Optional.empty());
        for (int warmup = 0; warmup < WARMUPS; warmup++) {
            List<Claim> claims = claims(SIZES[1], 1);
            List<String> ids = ClaimIds.of(claims);
            reconciler.reconcile(claims, ids, grouper.group(claims, ids));
        }
        System.out.printf("%10s %10s %10s %12s %14s %14s %14s%n", "claims", "facts", "findings", "group ms", "group ns/claim",
                "compare ms", "compare ns/claim");
        for (int size : SIZES) {
            List<Claim> claims = claims(size, 7);
            System.gc();
            long started = System.nanoTime();
            List<String> ids = ClaimIds.of(claims);
            List<Fact> facts = grouper.group(claims, ids);
            long grouped = System.nanoTime();
            List<Finding> findings = reconciler.reconcile(claims, ids, facts);
            long compared = System.nanoTime();
            System.out.printf("%10d %10d %10d %12.1f %14.0f %14.1f %14.0f%n", size, facts.size(), findings.size(),
                    (grouped - started) / 1e6, (double) (grouped - started) / size,
                    (compared - grouped) / 1e6, (double) (compared - grouped) / size);
        }
    }

    /** Claims spread over size/20 sources, size/50 subjects and five measures; one in ten has no subject. */
    private static List<Claim> claims(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Claim> claims = new ArrayList<>(size);
        int sources = Math.max(1, size / 20);
        int subjects = Math.max(1, size / 50);
        for (int i = 0; i < size; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextInt(1, 1_000_000));
            String text = value + " euros";
            Optional<String> subject = random.nextInt(10) == 0 ? Optional.empty() : Optional.of("s" + random.nextInt(subjects));
            Normalized normalized = new Normalized(value, value.multiply(LOW), value.multiply(HIGH), "EUR", "");
            claims.add(new Claim("doc-" + random.nextInt(sources) + ".md", new Span(0, text.length(), 1, 1), text, text,
                    new Quantity(value, value, value, Qualifier.EXACT, "EUR", Quantity.MONEY), Optional.of(normalized), Optional.empty(),
                    subject, Optional.of(MEASURES[random.nextInt(MEASURES.length)]), ClaimStatus.REPORTED, Optional.empty(),
                    List.of(), List.of()));
        }
        return claims;
    }
}
