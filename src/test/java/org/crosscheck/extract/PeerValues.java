package org.crosscheck.extract;

import java.math.BigDecimal;

/** How the peer's suite values are compared with ours (Microsoft Recognizers-Text, ../shared/reference/recognizers). */
final class PeerValues {

    private static final int PEER_DIGITS = 15;
    private static final BigDecimal PEER_TOLERANCE = new BigDecimal("1e-14");

    private PeerValues() {
    }

    /**
     * Equal values, or, when the peer wrote {@value #PEER_DIGITS} significant digits or more, values within a relative
     * {@link #PEER_TOLERANCE} of each other. The peer computes in binary doubles and writes them with 15 significant
     * digits, last digits included that carry the doubles' error: one third is 0.333333333333333 there and
     * 0.3333333333333333 here (16 digits, rounded), and 1.1^23 is 8.95430243255239 there, 8.954302432552374 here (the
     * exact value is 8.9543024325523737…). Values the peer writes with fewer digits are exact ("4,800" is 4.8) and must
     * be equal.
     */
    static boolean same(BigDecimal peer, BigDecimal ours) {
        if (peer.compareTo(ours) == 0) {
            return true;
        }
        return peer.precision() >= PEER_DIGITS
                && peer.subtract(ours).abs().compareTo(peer.abs().multiply(PEER_TOLERANCE)) <= 0;
    }
}
