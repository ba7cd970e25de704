package org.crosscheck.normalize;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.crosscheck.model.AtomicFile;

/** Derives the monthly rate table of {@code rules/fx/} from an ECB history file ({@code crosscheck fx import FILE}). */
public final class FxImport {

    /** Where the derived table lives in a rules folder. */
    public static final String TABLE = "fx/ecb-monthly.csv";

    private FxImport() {
    }

    /**
     * What an import wrote.
     *
     * @param rows currency-month rows
     * @param sha256 hex SHA-256 of the input file
     */
    public record Summary(int rows, int currencies, LocalDate firstDay, LocalDate lastDay, String sha256) {

        public Summary {
            requireNonNull(firstDay, "firstDay");
            requireNonNull(lastDay, "lastDay");
            requireNonNull(sha256, "sha256");
        }
    }

    /**
     * Reads the ECB history {@code ecbCsv} and writes its monthly table to {@code out} atomically
     * (a temporary file in the same folder, then moved over {@code out}); the same input gives the
     * same bytes.
     *
     * @throws org.crosscheck.model.BadInputException naming the file and line of a malformed line
     */
    public static Summary importEcb(Path ecbCsv, Path out) throws IOException {
        byte[] content = Files.readAllBytes(ecbCsv);
        EcbRates ecb = EcbRates.parse(ecbCsv.toString(), new StringReader(new String(content, StandardCharsets.UTF_8)));
        List<MonthlyRate> rows = RateTable.fromDaily(ecb).monthly();
        String sha256 = sha256(content);
        String fileName = ecbCsv.getFileName().toString();
        List<String> comments = List.of(
                "Source: European Central Bank, euro foreign exchange reference rates,",
                "  https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip (" + fileName + ")",
                "Input: " + fileName + ", sha256 " + sha256 + ", " + ecb.businessDays() + " business days "
                        + ecb.firstDay() + " to " + ecb.lastDay(),
                "Reproduce: crosscheck fx import " + fileName,
                "Rates are units of currency per 1 EUR over each month's business days: lowest, arithmetic mean ("
                        + MonthlyRate.MEAN_SCALE + " decimals, half-even), highest, and the number of days.");
        AtomicFile.write(out, MonthlyCsv.format(comments, rows));
        return new Summary(rows.size(), ecb.currencies().size(), ecb.firstDay(), ecb.lastDay(), sha256);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
