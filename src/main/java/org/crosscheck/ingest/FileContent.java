package org.crosscheck.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crosscheck.model.BadInputException;
import org.crosscheck.model.Diagnostic;

/**
 * A corpus file's bytes and their SHA-256 (hex), which identifies the content: an index holding
 * the same hash need not read the file again.
 */
public record FileContent(CorpusFile file, byte[] bytes, String hash) {

    public FileContent {
        requireNonNull(file, "file");
        requireNonNull(bytes, "bytes");
        requireNonNull(hash, "hash");
    }

    /** Reads a corpus file; a file that cannot be read is bad input. */
    public static FileContent read(CorpusFile file) {
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            return new FileContent(file, bytes, sha256(bytes));
        } catch (IOException e) {
            throw new BadInputException(Diagnostic.of(file.displayPath(), "cannot read file: " + e), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
