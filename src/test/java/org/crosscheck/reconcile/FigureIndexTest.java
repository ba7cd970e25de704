package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureIndexTest {

    @Test
    void handsOnEachKeyFiledMoreThanOnceInFilingOrderAndNothingElse() {
        FigureIndex index = new FigureIndex();
        Map<Integer, String> keyOfClaim = Map.of(0, "fine\u0000EUR\u00004", 1, "fine\u0000EUR\u00005", 2, "fine\u0000EUR\u00004",
                3, "fine\u0000EUR\u00004", 4, "count\u0000images\u00003");
        keyOfClaim.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> index.add(e.getValue(), e.getKey(), 0));
        List<List<Integer>> groups = new ArrayList<>();

        index.forEachShared(claim -> null, (entry, claim) -> keyOfClaim.get(entry.claim()),
                (key, group) -> groups.add(group.stream().map(located -> located.entry().claim()).toList()));

        assertThat(groups).containsExactly(List.of(0, 2, 3));
    }

    @Test
    void entriesWhoseHashesAgreeButWhoseKeysDifferAreTwoGroups() {
        FigureIndex index = new FigureIndex();
        for (int claim = 0; claim < 4; claim++) {
            index.add("the same key", claim, claim % 2);
        }
        List<List<Integer>> groups = new ArrayList<>();

        index.forEachShared(claim -> null, (entry, claim) -> entry.figure() == 0 ? "a" : "b",
                (key, group) -> groups.add(group.stream().map(located -> located.entry().claim()).toList()));

        assertThat(groups).containsExactly(List.of(0, 2), List.of(1, 3));
    }
}
