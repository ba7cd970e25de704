package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableTest {

    private static MonthlyRate row(String currency, String month, String low, String mean, String high, int days) {
        return new MonthlyRate(currency, YearMonth.parse(month),
                new RateRange(new BigDecimal(low), new BigDecimal(mean), new BigDecimal(high)), days);
    }

    private static RateQuote quote(RateTable table, String currency, String date) {
        return table.lookup(currency, PartialDate.parse(date)).orElseThrow();
    }

    @Test
    void aMonthsRowIsTheLowestMeanAndHighestOfItsBusinessDays() throws IOException {
        RateTable table = RateTable.fromDaily(EcbRatesTest.sample());
        // USD 2021-02: 1.2121, 1.2225, 1.2136; mean 3.6482 / 3 = 1.2160666… -> 1.216067
        // GBP 2021-02: 0.86790, 0.86870, 0.86098; mean 2.59758 / 3 = 0.86586 -> 0.865860
        // JPY 2021-02: 128.10, 129.52, 128.88; mean 386.50 / 3 = 128.8333… -> 128.833333
        assertThat(table.monthly()).containsExactly(
                row("CYP", "2007-12", "0.585274", "0.585274", "0.585274", 1),
                row("GBP", "2007-12", "0.73335", "0.733350", "0.73335", 1),
                row("GBP", "2021-02", "0.86098", "0.865860", "0.8687", 3),
                row("GBP", "2021-03", "0.8653", "0.865300", "0.8653", 1),
                row("JPY", "2007-12", "164.93", "164.930000", "164.93", 1),
                row("JPY", "2021-02", "128.1", "128.833333", "129.52", 3),
                row("JPY", "2021-03", "127.23", "127.230000", "127.23", 1),
                row("USD", "2007-12", "1.4721", "1.472100", "1.4721", 1),
                row("USD", "2021-02", "1.2121", "1.216067", "1.2225", 3),
                row("USD", "2021-03", "1.2066", "1.206600", "1.2066", 1));
    }

    @Test
    void aMeanIsRoundedHalfEvenToSixDecimals() {
        // (10.000002 + 10.000003) / 2 = 10.0000025: half-even keeps the even 2, half-up would give 3
        MonthlyRate month = MonthlyRate.of("SEK", YearMonth.of(2021, 2), List.of(new BigDecimal("10.000002"), new BigDecimal("10.000003")));
        assertThat(month.rates().mean()).isEqualTo(new BigDecimal("10.000002"));
        MonthlyRate upward = MonthlyRate.of("SEK", YearMonth.of(2021, 2), List.of(new BigDecimal("10.000003"), new BigDecimal("10.000004")));
        assertThat(upward.rates().mean()).isEqualTo(new BigDecimal("10.000004"));
    }

    @Test
    void theTableTextReadsBackToTheSameRows() throws IOException {
        RateTable table = RateTable.fromDaily(EcbRatesTest.sample());
        String text = MonthlyCsv.format(List.of("a comment"), table.monthly());
        assertThat(text).startsWith("# a comment\ncurrency,month,low,mean,high,days\nCYP,2007-12,0.585274,0.585274,0.585274,1\n");
        List<MonthlyRate> read = MonthlyCsv.parse("t.csv", new BufferedReader(new StringReader(text)));
        assertThat(MonthlyCsv.format(List.of("a comment"), RateTable.fromMonthly(read).monthly())).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "# c\\ncurrency,month,low,mean\\n | 2 | expected the header 'currency,month,low,mean,high,days', found 'currency,month,low,mean'",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.1983,1.2098\\n | 2 | expected 6 cells (currency,month,low,mean,high,days), found 4",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.1983,1.2098,1.2225,20\\nUSD,2021-13,1.1983,1.2098,1.2225,20\\n | 3 | '2021-13' is not a month (YYYY-MM)",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.1983,1.2098,x,20\\n | 2 | high: 'x' is not a plain decimal number",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.2225,1.2098,1.1983,20\\n | 2 | bad row 'USD,2021-02,1.2225,1.2098,1.1983,20': rates out of order: low 1.2225, mean 1.2098, high 1.1983",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.1983,1.2098,1.2225,29\\n | 2 | bad row 'USD,2021-02,1.1983,1.2098,1.2225,29': days must be 1 to 28: 29",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.1983,1.2098,1.2225,2.5\\n | 2 | days: '2.5' is not a whole number of days",
        "currency,month,low,mean,high,days\\nusd,2021-02,1.1983,1.2098,1.2225,20\\n | 2 | bad row 'usd,2021-02,1.1983,1.2098,1.2225,20': not an ISO 4217 code: 'usd'",
        "currency,month,low,mean,high,days\\nUSD,2021-02,1.1983,1.2098,1.2225,20\\nUSD,2021-02,1.1983,1.2098,1.2225,20\\n | 3 | a second row for USD 2021-02",
    })
    void aBadTableRowNamesTheFileAndLine(String text, int line, String message) {
        assertThatThrownBy(() -> MonthlyCsv.parse("t.csv", new BufferedReader(new StringReader(text.replace("\\n", "\n")))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.csv:" + line + ": " + message);
    }

    @Test
    void aDayUsesItsOwnRateWhenDailyRatesAreLoadedAndTheLastBusinessDayBeforeAWeekend() throws IOException {
        RateTable table = RateTable.fromDaily(EcbRatesTest.sample());
        assertThat(table.hasDailyRates()).isTrue();
        assertThat(quote(table, "USD", "2021-02-25"))
                .isEqualTo(new RateQuote("USD", PartialDate.parse("2021-02-25"), PartialDate.parse("2021-02-25"),
                        RateRange.of(new BigDecimal("1.2225")), 1, false));
        assertThat(quote(table, "USD", "2021-02-28"))
                .isEqualTo(new RateQuote("USD", PartialDate.parse("2021-02-28"), PartialDate.parse("2021-02-26"),
                        RateRange.of(new BigDecimal("1.2121")), 1, false));
    }

    @Test
    void aDayOutsideOrInAGapOfTheSeriesUsesTheNearestQuotedDayAndSaysSo() throws IOException {
        RateTable table = RateTable.fromDaily(EcbRatesTest.sample());
        assertThat(quote(table, "USD", "2030-01-01")).extracting(RateQuote::period, RateQuote::nearest)
                .containsExactly(PartialDate.parse("2021-03-01"), true);
        assertThat(quote(table, "USD", "1999-01-01")).extracting(RateQuote::period, RateQuote::nearest)
                .containsExactly(PartialDate.parse("2007-12-31"), true);
        assertThat(quote(table, "USD", "2008-01-15")).extracting(RateQuote::period, RateQuote::nearest)
                .containsExactly(PartialDate.parse("2007-12-31"), true);
        assertThat(quote(table, "USD", "2021-02-10")).extracting(RateQuote::period, RateQuote::nearest)
                .containsExactly(PartialDate.parse("2021-02-24"), true);
        // the CYP series ends on 2007-12-31: the next day is after it, not a holiday within it
        assertThat(quote(table, "CYP", "2008-01-02")).extracting(RateQuote::period, RateQuote::nearest)
                .containsExactly(PartialDate.parse("2007-12-31"), true);
    }

    @Test
    void withoutDailyRatesADayUsesItsMonth() {
        RateTable table = RateTable.fromMonthly(List.of(row("USD", "2021-02", "1.1983", "1.209790", "1.2225", 20)));
        assertThat(table.hasDailyRates()).isFalse();
        assertThat(quote(table, "USD", "2021-02-10"))
                .isEqualTo(new RateQuote("USD", PartialDate.parse("2021-02-10"), PartialDate.parse("2021-02"),
                        new RateRange(new BigDecimal("1.1983"), new BigDecimal("1.209790"), new BigDecimal("1.2225")), 20, false));
    }

    @Test
    void aYearTakesTheLowestLowTheHighestHighAndTheMeanWeightedByDays() {
        RateTable table = RateTable.fromMonthly(List.of(
                row("USD", "2021-01", "1.20", "1.21", "1.23", 19),
                row("USD", "2021-02", "1.19", "1.20", "1.22", 20),
                row("USD", "2022-01", "1.10", "1.11", "1.12", 21)));
        // (1.21 × 19 + 1.20 × 20) / 39 = 46.99 / 39 = 1.204871794871795 (16 digits)
        assertThat(quote(table, "USD", "2021")).isEqualTo(new RateQuote("USD", PartialDate.parse("2021"), PartialDate.parse("2021"),
                new RateRange(new BigDecimal("1.19"), new BigDecimal("1.204871794871795"), new BigDecimal("1.23")), 39, false));
    }

    @ParameterizedTest
    @CsvSource({
        "2021-03, 2021-03, false",
        "2020-06, 2021-01, true",
        "2021-02, 2021-01, true",
        "2021-03-15, 2021-03, false",
        "2021-04, 2021-03, true",
        "2021-07, 2021-05, true",
        "2019, 2021, true",
        "2023, 2021, true",
        "2021, 2021, false",
    })
    void aDateOutsideTheRatesUsesTheNearestPeriodTheEarlierOnATie(String date, String period, boolean nearest) {
        RateTable table = RateTable.fromMonthly(List.of(
                row("USD", "2021-01", "1.20", "1.21", "1.23", 19),
                row("USD", "2021-03", "1.19", "1.20", "1.22", 23),
                row("USD", "2021-05", "1.19", "1.20", "1.22", 21)));
        assertThat(quote(table, "USD", date)).extracting(RateQuote::period, RateQuote::nearest)
                .containsExactly(PartialDate.parse(period), nearest);
    }

    @Test
    void aCurrencyWithoutRatesHasNoQuote() {
        RateTable table = RateTable.fromMonthly(List.of(row("USD", "2021-01", "1.20", "1.21", "1.23", 19)));
        assertThat(table.quotes("FRF")).isFalse();
        assertThat(table.lookup("FRF", PartialDate.parse("2021-01"))).isEmpty();
    }
}
