package org.crosscheck.group;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Claim keys kept as five integers each (source, start, and codes for the subject, measure and
 * dimension, whose values are few), made into {@link ClaimKey} records when read: 20 bytes a claim.
 */
public final class ClaimKeyList extends AbstractList<ClaimKey> implements RandomAccess {

    private static final int FIELDS = 5;
    private static final int ABSENT = -1;

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<Optional<String>> optionals = new ArrayList<>();
    private int[] fields = new int[FIELDS * 1024];
    private int size;

    @Override
    public boolean add(ClaimKey key) {
        if ((size + 1) * FIELDS > fields.length) {
            fields = Arrays.copyOf(fields, fields.length + fields.length / 2);
        }
        int at = size * FIELDS;
        fields[at] = code(key.sourceId());
        fields[at + 1] = key.start();
        fields[at + 2] = key.subject().map(this::code).orElse(ABSENT);
        fields[at + 3] = key.measure().map(this::code).orElse(ABSENT);
        fields[at + 4] = code(key.dimension());
        size++;
        return true;
    }

    @Override
    public ClaimKey get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int at = index * FIELDS;
        return new ClaimKey(words.get(fields[at]), fields[at + 1], optional(fields[at + 2]), optional(fields[at + 3]),
                words.get(fields[at + 4]));
    }

    @Override
    public int size() {
        return size;
    }

    private int code(String word) {
        return codes.computeIfAbsent(word, w -> {
            words.add(w);
            optionals.add(Optional.of(w));
            return words.size() - 1;
        });
    }

    private Optional<String> optional(int code) {
        return code == ABSENT ? Optional.empty() : optionals.get(code);
    }
}
