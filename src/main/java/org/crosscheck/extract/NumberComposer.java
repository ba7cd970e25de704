package org.crosscheck.extract;

import java.math.BigDecimal;

/**
 * Adds up the words of one number as they come ("deux" "cent" "cinquante" "mille" is 250000), refusing a
 * word that cannot continue it ("trois" after "deux"); also scales a figure written in digits by the
 * words after it ("3,5" "milliards"). Reused number after number within one scan; not thread-safe.
 */
final class NumberComposer {

    private final NumberLexicon lexicon;

    private boolean fromFigure;
    private BigDecimal figure;
    private BigDecimal total;
    private BigDecimal lastScale;
    private long hundreds;
    private long units;
    private int addends;
    private long lastAddend;
    private boolean groupStarted;
    private boolean pendingConnector;
    private boolean onlyArticles;
    private boolean scaled;
    private boolean finished;

    NumberComposer(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Starts a number spelled out in words. */
    void startWords() {
        reset(null);
    }

    /** Starts from a figure written in digits; only scale words and a multiplier may follow it. */
    void startFigure(BigDecimal value) {
        reset(value);
    }

    private void reset(BigDecimal startFigure) {
        fromFigure = startFigure != null;
        figure = startFigure;
        total = BigDecimal.ZERO;
        lastScale = null;
        hundreds = 0;
        units = 0;
        addends = 0;
        lastAddend = 0;
        groupStarted = false;
        pendingConnector = false;
        onlyArticles = !fromFigure;
        scaled = false;
        finished = false;
    }

    /** Takes {@code word} into the number if it can continue it; changes nothing otherwise. Ordinals never can. */
    boolean accept(NumberWord word) {
        if (finished || word.ordinal()) {
            return false;
        }
        return switch (word.kind()) {
            case CONNECTOR -> connector();
            case VALUE -> !fromFigure && value(word);
            case ARTICLE -> !fromFigure && article();
            case HUNDRED -> !fromFigure && hundred();
            case SCALE -> scale(word.value());
            case MULTIPLIER -> multiplier(word.value());
            case HALF, OVER, POINT, NEGATIVE, FIGURE -> false;
        };
    }

    /** Takes an ordinal as the cardinal it stands for, to end a denominator ("vingt" "cinquième" is 25). */
    boolean acceptOrdinal(NumberWord ordinal) {
        return ordinal.ordinal() && accept(ordinal.asCardinal());
    }

    /** The number so far; a connector not yet followed by a word is not part of it. */
    BigDecimal value() {
        return figure != null ? figure : total.add(BigDecimal.valueOf(hundreds + units));
    }

    /** True when the words taken so far are only articles ("un", "a"), which alone are not numbers. */
    boolean onlyArticles() {
        return onlyArticles;
    }

    boolean scaled() {
        return scaled;
    }

    /** True when the words taken so far make a number: something was taken and no connector waits for a word. */
    boolean complete() {
        return finished || !pendingConnector && !isEmpty();
    }

    /** The last scale applied, the smallest so far ("million" in "deux milliards trois millions"), or null. */
    BigDecimal lastScale() {
        return lastScale;
    }

    private boolean isEmpty() {
        return figure == null && !groupStarted && lastScale == null;
    }

    private boolean connector() {
        if (fromFigure || pendingConnector || isEmpty() || onlyArticles) {
            return false;
        }
        pendingConnector = true;
        return true;
    }

    private boolean value(NumberWord word) {
        long v = word.value().longValueExact();
        if (addends == 0 && (v > 0 || isEmpty())) {
            units = v;
            addends = 1;
            lastAddend = v;
        } else if (addends == 1 && v > 0 && v < lexicon.tensLimit(lastAddend) - lastAddend) {
            units += v;
            addends = 2;
            lastAddend = v;
        } else {
            return false;
        }
        groupStarted = true;
        pendingConnector = false;
        onlyArticles &= word.article();
        return true;
    }

    private boolean article() {
        if (!isEmpty()) {
            return false;
        }
        units = 1;
        addends = 1;
        lastAddend = 1;
        groupStarted = true;
        return true;
    }

    private boolean hundred() {
        if (pendingConnector || hundreds != 0) {
            return false;
        }
        if (addends == 0) {
            hundreds = 100;
        } else if (units >= 1 && units < 100) {
            hundreds = units * 100;
            units = 0;
            addends = 0;
            lastAddend = 0;
        } else {
            return false;
        }
        groupStarted = true;
        onlyArticles = false;
        return true;
    }

    private boolean scale(BigDecimal scale) {
        if (pendingConnector) {
            return false;
        }
        boolean larger = lastScale != null && scale.compareTo(lastScale) > 0;
        if (figure != null) {
            total = figure.multiply(scale);
            figure = null;
        } else if (fromFigure) {
            if (!larger) {
                return false;
            }
            total = total.multiply(scale);
        } else if (groupStarted) {
            if (lastScale != null && !(scale.compareTo(lastScale) < 0)) {
                return false;
            }
            total = total.add(BigDecimal.valueOf(hundreds + units).multiply(scale));
            clearGroup();
        } else if (larger) {
            total = total.multiply(scale);
        } else if (lexicon.isLowestScale(scale) && (lastScale == null || scale.compareTo(lastScale) < 0)) {
            total = total.add(scale);
        } else {
            return false;
        }
        lastScale = scale;
        scaled = true;
        onlyArticles = false;
        return true;
    }

    private boolean multiplier(BigDecimal factor) {
        if (pendingConnector || isEmpty()) {
            return false;
        }
        total = value().multiply(factor);
        figure = null;
        clearGroup();
        finished = true;
        onlyArticles = false;
        return true;
    }

    private void clearGroup() {
        hundreds = 0;
        units = 0;
        addends = 0;
        lastAddend = 0;
        groupStarted = false;
    }
}
