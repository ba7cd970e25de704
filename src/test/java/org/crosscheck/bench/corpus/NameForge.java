package org.crosscheck.bench.corpus;

/**
 * Invented, pronounceable names ("Kotuvaneks", "Zelibora"), unique by construction: the i-th name
 * is a seeded bijective scramble of i into three consonant-vowel syllables and an ending, so no set
 * of used names is needed however large the world grows.
 */
final class NameForge {

    private static final String CONSONANTS = "bdfgjklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final String[] ENDINGS = {"ra", "x", "n", "lia", "ro", "s", "ne", "vik", "tis", "mar", "dor", "sen"};
    private static final long SYLLABLES = (long) CONSONANTS.length() * VOWELS.length();
    private static final long SPACE = SYLLABLES * SYLLABLES * SYLLABLES * ENDINGS.length;
    /** A prime that divides no factor of {@link #SPACE} (2, 3, 5), so multiplying by it permutes the space. */
    private static final long SCRAMBLE = 1_000_003L;

    private final long offset;
    private long next;

    NameForge(long seed) {
        this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, SPACE);
    }

    /** The next unused name. */
    String next() {
        if (next == SPACE) {
            throw new IllegalStateException("the name space of " + SPACE + " names is exhausted");
        }
        long p = Math.floorMod(next++ * SCRAMBLE + offset, SPACE);
        String ending = ENDINGS[(int) (p % ENDINGS.length)];
        p /= ENDINGS.length;
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            int syllable = (int) (p % SYLLABLES);
            p /= SYLLABLES;
            name.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
        }
        name.append(ending);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
