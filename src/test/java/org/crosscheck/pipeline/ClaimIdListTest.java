package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ClaimIdListTest {

    @Property
    void everyIdReadsBackAsWritten(@ForAll @LongRange(min = 0, max = 0xffff_ffff_ffffL) long value) {
        String id = "c-" + String.format("%012x", value);
        ClaimIdList ids = new ClaimIdList();
        ids.add("c-000000000000");
        ids.add(id);
        assertThat(ids).containsExactly("c-000000000000", id);
    }

    @Test
    void growsPastItsFirstArray() {
        ClaimIdList ids = new ClaimIdList();
        for (int i = 0; i < 5000; i++) {
            ids.add("c-" + String.format("%012x", i * 7919L));
        }
        assertThat(ids).hasSize(5000);
        assertThat(ids.get(4999)).isEqualTo("c-" + String.format("%012x", 4999 * 7919L));
        assertThat(ids.subList(0, 2)).isEqualTo(List.of("c-000000000000", "c-000000001eef"));
    }

    @Test
    void refusesWhatIsNotAClaimId() {
        ClaimIdList ids = new ClaimIdList();
        assertThatThrownBy(() -> ids.add("f-000000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.add("c-00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
