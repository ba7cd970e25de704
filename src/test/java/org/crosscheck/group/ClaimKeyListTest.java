package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ClaimKeyListTest {

    @Property
    void everyKeyReadsBackAsAdded(@ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 9) Integer> choices) {
        List<ClaimKey> added = new ArrayList<>();
        ClaimKeyList keys = new ClaimKeyList();
        for (int i = 0; i < choices.size(); i++) {
            int c = choices.get(i);
            ClaimKey key = new ClaimKey("source-" + c % 3, i * 7, c % 2 == 0 ? Optional.empty() : Optional.of("entity-" + c),
                    c % 5 == 0 ? Optional.empty() : Optional.of("measure-" + c % 4), c == 9 ? "number" : "currency");
            added.add(key);
            keys.add(key);
        }
        assertThat(keys).isEqualTo(added);
    }
}
