package org.crosscheck.index;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceDoc;

/**
 * A source and the claims extracted from it, as the claim store keeps them.
 *
 * @param key identifies the code, rules and rates the claims were extracted with
 */
public record StoredClaims(SourceDoc source, String key, List<Claim> claims) {

    public StoredClaims {
        requireNonNull(source, "source");
        requireNonNull(key, "key");
        claims = List.copyOf(claims);
    }
}
