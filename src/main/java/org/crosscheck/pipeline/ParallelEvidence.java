package org.crosscheck.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.crosscheck.group.Evidence;
import org.crosscheck.index.SimilarPassages;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SearchHit;

/** Evidence from the passage index, looked up by {@code jobs} threads at once; results keep the claims' order. */
final class ParallelEvidence implements Evidence {

    private final SimilarPassages similar;
    private final Map<String, String> languageOfSource;
    private final int jobs;

    ParallelEvidence(SimilarPassages similar, Map<String, String> languageOfSource, int jobs) {
        this.similar = similar;
        this.languageOfSource = languageOfSource;
        this.jobs = jobs;
    }

    @Override
    public List<SearchHit> similarTo(Claim claim, int limit) {
        return similar.similar(claim.sentence(), languageOfSource.get(claim.sourceId()), claim.sourceId(), limit);
    }

    @Override
    public List<List<SearchHit>> similarToEach(List<Claim> claims, int limit) {
        if (jobs == 1 || claims.size() < 2) {
            return Evidence.super.similarToEach(claims, limit);
        }
        ForkJoinPool pool = new ForkJoinPool(jobs);
        try {
            return Futures.get(pool.submit(() -> claims.parallelStream().map(claim -> similarTo(claim, limit)).toList()),
                    "looking up evidence");
        } finally {
            pool.shutdown();
        }
    }
}
