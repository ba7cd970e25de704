package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2021, YEAR, 2021-01-01, 2021-12-31",
        "2021-02, MONTH, 2021-02-01, 2021-02-28",
        "2020-02, MONTH, 2020-02-01, 2020-02-29",
        "2020-08-12, DAY, 2020-08-12, 2020-08-12"
    })
    void keepsItsPrecision(String text, DatePrecision precision, LocalDate first, LocalDate last) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.toString()).isEqualTo(text);
        assertThat(date.firstDay()).isEqualTo(first);
        assertThat(date.lastDay()).isEqualTo(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "21", "2021-13", "2021-02-30", "2021/02", "février 2021", "2021-2", "0000"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
