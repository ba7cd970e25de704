package org.crosscheck.bench.corpus;

/**
 * A figure as a sentence writes it: the whole text with its bound word ("plus de 3,2 millions
 * d'euros"), the quote a gold file names it by (the figure and its unit: "3,2 millions d'euros"),
 * what it states (value, unit, qualifier as the engine's ids), and the interval it allows on the
 * common footing (euros at the claim's time for money), from which agreement is planned.
 */
record Figure(String text, String quote, long stated, String unit, String qualifier, double central, double low, double high) {

    /** Whether the interval this figure allows holds {@code value}, give or take a rounding error of the arithmetic. */
    boolean holds(double value) {
        return value >= low * (1 - 1e-9) && value <= high * (1 + 1e-9);
    }

    /** Whether the interval this figure allows comes within 2% of {@code value}: a human could read it as that value. */
    boolean admits(double value) {
        return value >= low * 0.98 && value <= high * 1.02;
    }
}
