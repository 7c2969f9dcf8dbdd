package id.alur.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and late: every character before a byte that is not UTF-8 is handed on first, and the
 * {@link java.nio.charset.CharacterCodingException} comes only with the read that reaches that byte. An
 * {@code InputStreamReader} decodes ahead in buffers and throws at the buffer that holds the byte, while the CSV parser
 * reading it may still be rows before: the error then named the wrong row (issue 16, a DTSEN extract of 64 KB and
 * more). Read through this, the parser fails at the row that holds the bad byte.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER = 1 << 13;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfBytes;
    private boolean endOfChars;
    private CoderResult error;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Characters are at hand without reaching the bad byte: the parser may ask for them without an error. */
    @Override
    public boolean ready() {
        return chars.hasRemaining();
    }

    /**
     * Decodes the next characters; {@code false} at the end.
     *
     * @throws java.nio.charset.CharacterCodingException when the next byte is not UTF-8
     */
    private boolean fill() throws IOException {
        if (endOfChars) {
            return false;
        }
        chars.clear();
        try {
            while (true) {
                if (error != null) {
                    if (chars.position() > 0) {
                        return true;
                    }
                    error.throwException();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    error = result;
                    continue;
                }
                if (result.isOverflow() || chars.position() > 0) {
                    return true;
                }
                if (endOfBytes) {
                    decoder.flush(chars);
                    endOfChars = chars.position() == 0;
                    return !endOfChars;
                }
                readBytes();
            }
        } finally {
            chars.flip();
        }
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
