package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcbRatesTest {

    static final String SAMPLE = """
            Date,USD,JPY,CYP,GBP,
            2021-03-01,1.2066,127.23,N/A,0.86530,
            2021-02-26,1.2121,128.10,N/A,0.86790,
            2021-02-25,1.2225,129.52,N/A,0.86870,
            2021-02-24,1.2136,128.88,N/A,0.86098,
            2007-12-31,1.4721,164.93,0.585274,0.73335,
            """;

    static EcbRates sample() throws IOException {
        return EcbRates.parse("sample.csv", new StringReader(SAMPLE));
    }

    @Test
    void readsRatesSkipsNotAvailableAndTheEndingComma() throws IOException {
        EcbRates rates = sample();
        assertThat(rates.currencies()).containsExactly("CYP", "GBP", "JPY", "USD");
        assertThat(rates.daily("USD")).hasSize(5).containsEntry(LocalDate.of(2021, 2, 25), new BigDecimal("1.2225"));
        assertThat(rates.daily("CYP")).containsOnlyKeys(LocalDate.of(2007, 12, 31));
        assertThat(rates.daily("FRF")).isEmpty();
        assertThat(rates.businessDays()).isEqualTo(5);
        assertThat(rates.firstDay()).isEqualTo(LocalDate.of(2007, 12, 31));
        assertThat(rates.lastDay()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void readsLinesWithoutTheEndingCommaAndAByteOrderMark() throws IOException {
        EcbRates rates = EcbRates.parse("plain.csv", new StringReader("\uFEFFDate,USD,GBP\r\n2021-02-26,1.2121,N/A\r\n\r\n"));
        assertThat(rates.currencies()).containsExactly("USD");
        assertThat(rates.daily("USD")).containsEntry(LocalDate.of(2021, 2, 26), new BigDecimal("1.2121"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Date,USD,GBP,\\n2021-02-26,1.2121,0.8679,\\n2021-02-25,1.2225,\\n | 3 | expected 3 cells (Date and 2 currencies), found 2",
        "Date,USD,GBP,\\n2021-02-30,1.2121,0.8679,\\n | 2 | '2021-02-30' is not a date (YYYY-MM-DD)",
        "Date,USD,GBP,\\n26/02/2021,1.2121,0.8679,\\n | 2 | '26/02/2021' is not a date (YYYY-MM-DD)",
        "Date,USD,GBP,\\n2021-02-26,1.2121,0.8679,\\n2021-02-26,1.2121,0.8679,\\n | 3 | date 2021-02-26 appears twice",
        "Date,USD,GBP,\\n2021-02-26,1,2121,0.8679,\\n | 2 | expected 3 cells (Date and 2 currencies), found 4",
        "Date,USD,GBP,\\n2021-02-26,1.2121,-0.8679,\\n | 2 | GBP: '-0.8679' is not a rate (a positive decimal or N/A)",
        "Date,USD,GBP,\\n2021-02-26,,0.8679,\\n | 2 | USD: '' is not a rate (a positive decimal or N/A)",
        "Date,USD,GBP,\\n2021-02-26,0,0.8679,\\n | 2 | USD: '0' is not a rate (a positive decimal or N/A)",
        "Day,USD,GBP,\\n2021-02-26,1.2121,0.8679,\\n | 1 | expected the ECB header 'Date,USD,JPY,…', found 'Day,USD,GBP'",
        "Date,USD,usd,\\n | 1 | 'usd' is not an ISO 4217 currency code",
        "Date,USD,USD,\\n | 1 | currency USD appears twice",
        "Date,\\n | 1 | no currency column",
    })
    void aBadLineNamesTheFileAndLine(String text, int line, String message) {
        assertThatThrownBy(() -> EcbRates.parse("bad.csv", new StringReader(text.replace("\\n", "\n"))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("bad.csv:" + line + ": " + message)
                .extracting(e -> ((BadInputException) e).diagnostic())
                .isEqualTo(new Diagnostic("bad.csv", line, message));
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThatThrownBy(() -> EcbRates.parse("empty.csv", new StringReader("")))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("empty.csv:1: empty file");
        assertThatThrownBy(() -> EcbRates.parse("header.csv", new StringReader("Date,USD,\n")))
                .isInstanceOf(BadInputException.class).hasMessage("header.csv: no dated line after the header");
    }
}
