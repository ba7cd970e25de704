package org.crosscheck.bench.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * The exact and approximate figures the world's facts state, by measure, unit and value, in an
 * open-addressing set of longs, so that no two facts of one measure ever state one figure: the engine
 * would rightly report a figure given to two subjects of one measure as a possible misattribution
 * (bounded figures, "plus de 3 millions", do not count for that). Eight bytes a figure, however large
 * the corpus.
 */
final class FigureRegistry {

    private static final int VALUE_BITS = 44;
    private static final int UNIT_BITS = 10;

    private final Map<String, Long> units = new HashMap<>();
    private long[] keys = new long[1 << 16];
    private int size;

    /** The key of a figure of a measure: the measure and the unit's number in the high bits, the value in the low ones. */
    long key(Measure measure, String unit, long value) {
        return (long) (measure.ordinal() + 1) << (VALUE_BITS + UNIT_BITS) | key(unit, value);
    }

    /** The key of a figure whatever its measure. */
    long key(String unit, long value) {
        if (value <= 0 || value >= 1L << VALUE_BITS) {
            throw new IllegalArgumentException("figure out of range: " + value + " " + unit);
        }
        long number = units.computeIfAbsent(unit, u -> (long) units.size() + 1);
        return number << VALUE_BITS | value;
    }

    boolean contains(long key) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return true;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return false;
    }

    void add(long key) {
        if (size * 2 >= keys.length) {
            long[] old = keys;
            keys = new long[old.length * 2];
            size = 0;
            for (long k : old) {
                if (k != 0) {
                    add(k);
                }
            }
        }
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        size++;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (keys.length - 1);
    }
}
