package org.heliodeck.cdf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in a CDF. The format says ASCII; real files hold UTF-8 (recent ones) or Latin-1 (older ones,
 * e.g. "Tromsø" as one byte). Strict UTF-8 is tried first, Latin-1 otherwise, so that neither kind
 * loses a character. Trailing NUL padding is dropped.
 */
final class CdfText {

    private CdfText() {}

    static String decode(byte[] bytes, int from, int length) {
        while (length > 0 && bytes[from + length - 1] == 0) {
            length--;
        }
        boolean ascii = true;
        for (int i = from; i < from + length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, from, length, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
    }
}
