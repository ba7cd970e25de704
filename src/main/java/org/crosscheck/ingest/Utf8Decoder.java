package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/** Strict UTF-8 decoding that drops a leading byte-order mark and reports where invalid bytes start. */
final class Utf8Decoder {

    private static final int BOM_LENGTH = 3;

    private Utf8Decoder() {
    }

    /** The outcome: either the text or the byte offset (from the start of the file) of the first invalid byte. */
    record Result(Optional<String> text, OptionalLong invalidByteOffset) {

        Result {
            if (text.isPresent() == invalidByteOffset.isPresent()) {
                throw new IllegalArgumentException("a decoding gives either text or an invalid byte offset");
            }
        }
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static Result decode(byte[] bytes) {
        int skip = hasBom(bytes) ? BOM_LENGTH : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Result(Optional.empty(), OptionalLong.of(in.position()));
        }
        out.flip();
        return new Result(Optional.of(out.toString()), OptionalLong.empty());
    }

    /** True when the bytes look like a binary file rather than text: a NUL byte in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
