package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crosscheck.group.FactGrouper;
import org.crosscheck.group.Vocabulary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimIds;
import org.crosscheck.model.Fact;
import org.crosscheck.model.ReconcilePolicy;
import org.crosscheck.pipeline.ClaimsResult;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.RunConfig;
import org.crosscheck.testing.DefaultCorpus;

/** Fact and finding ids depend on content only: the order the corpus's files come in changes none of them. */
class StableIdsPropertiesTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(Map.of(), Map.of(), Map.of("ico", "united-kingdom", "garante", "italy"));
    private static final Reconciler RECONCILER = new Reconciler(ReconcilePolicy.defaults(), Map.of(),
            Set.of("database-size", "search-count"), Set.of(), (claim, figure) -> Optional.empty());

    private static List<Claim> claims;

    @BeforeContainer
    static void extract() {
        ClaimsResult result = Pipeline.standard().claims(RunConfig.of(DefaultCorpus.PATH, Optional.empty(), false), false, d -> { });
        claims = result.claims();
    }

    @Property(tries = 25)
    void reorderingTheSourcesChangesNoFactOrFindingId(@ForAll Random random) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        claims.forEach(c -> bySource.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c));
        List<String> order = new ArrayList<>(bySource.keySet());
        Collections.shuffle(order, random);
        List<Claim> shuffled = order.stream().flatMap(source -> bySource.get(source).stream()).toList();
        assertThat(signature(shuffled)).isEqualTo(signature(claims));
    }

    /** Every fact id with its claim ids, and every finding id with its claim ids. */
    private static Set<String> signature(List<Claim> input) {
        List<String> ids = ClaimIds.of(input);
        List<Fact> facts = new FactGrouper(VOCABULARY).group(input, ids);
        Set<String> signature = new TreeSet<>();
        facts.forEach(f -> signature.add(f.id() + " " + new TreeSet<>(f.claims())));
        RECONCILER.reconcile(input, ids, facts)
                .forEach(f -> signature.add(f.id() + " " + f.kind().id() + " " + f.claims().stream().collect(Collectors.joining(","))));
        assertThat(signature).anyMatch(s -> s.startsWith("d-"));
        return signature;
    }
}
