package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code rules/fx/ecb-monthly.csv} is exactly what the import makes of the ECB file in ../shared, and that file read whole gives day rates. */
class CommittedTableTest {

    private static final Path ECB = Path.of("..", "shared", "reference", "fx", "eurofxref-hist.csv");
    private static final Path COMMITTED = Path.of("rules").resolve(FxImport.TABLE);

    @Test
    void theCommittedTableIsTheImportOfTheEcbFile(@TempDir Path folder) throws IOException {
        assumeTrue(Files.isRegularFile(ECB), "../shared/reference/fx is beside the project");
        Path out = folder.resolve("ecb-monthly.csv");
        FxImport.Summary summary = FxImport.importEcb(ECB, out);
        assertThat(Files.mismatch(out, COMMITTED)).as("first differing byte").isEqualTo(-1L);
        assertThat(summary).isEqualTo(new FxImport.Summary(10219, 41, LocalDate.of(1999, 1, 4), LocalDate.of(2026, 4, 13),
                "729e74c341288f4b07251fddcd8e5b604964e7b2d775920e442ba4dcf2e4ce4c"));
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers).containsExactly(out);
        }
    }

    /** The spot checks of ../shared/reference/fx/ORIGIN.txt, with the full history loaded as {@code --fx-rates FILE} would. */
    @Test
    void theFullHistoryGivesTheRateOfTheDay() throws IOException {
        assumeTrue(Files.isRegularFile(ECB), "../shared/reference/fx is beside the project");
        RateTable daily = RateTable.fromDaily(EcbRates.read(ECB));
        Quantity kronor = CurrencyConverterTest.money("2500000", "2500000", "2500000", "SEK");
        Conversion euros = CurrencyConverter.toEuro(daily).convert(kronor, PartialDate.parse("2021-02-10"));
        assertThat(euros.stated()).isEqualByComparingTo("248015.8730158730");           // 2500000 / 10.08
        assertThat(euros.explanation()).isEqualTo("2,500,000 SEK ≈ 248,000 EUR at the ECB rate of 2021-02-10 (10.08 SEK per EUR)");
        Conversion dollars = new CurrencyConverter(daily, "USD").convert(kronor, PartialDate.parse("2021-02-10"));
        assertThat(dollars.stated()).isEqualByComparingTo("300768.8492063492");         // 2500000 × 1.2127 / 10.08
        Quantity pounds = CurrencyConverterTest.money("7500000", "7500000", "7500000", "GBP");
        assertThat(CurrencyConverter.toEuro(daily).convert(pounds, PartialDate.parse("2022-05-23")).stated())
                .isEqualByComparingTo("8846113.017939917");                                // 7500000 / 0.84783
        assertThat(daily.monthly()).isEqualTo(RateTable.load(COMMITTED).monthly());
    }

    @Test
    void importingTwiceReplacesTheTableWithTheSameBytes(@TempDir Path folder) throws IOException {
        Path ecb = folder.resolve("eurofxref-hist.csv");
        Files.writeString(ecb, EcbRatesTest.SAMPLE);
        Path out = folder.resolve("fx").resolve("ecb-monthly.csv");
        FxImport.importEcb(ecb, out);
        byte[] first = Files.readAllBytes(out);
        FxImport.importEcb(ecb, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
        assertThat(RateTable.load(out).monthly()).isEqualTo(RateTable.fromDaily(EcbRatesTest.sample()).monthly());
        assertThat(new String(first, StandardCharsets.UTF_8))
                .contains("# Input: eurofxref-hist.csv, sha256 ")
                .contains("# Reproduce: crosscheck fx import eurofxref-hist.csv\n");
    }
}
