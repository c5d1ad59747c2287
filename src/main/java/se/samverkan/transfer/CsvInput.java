package se.samverkan.transfer;

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
 * An import CSV file's characters as FastCSV reads them: UTF-8 with bytes that are not UTF-8 refused (a
 * {@link java.nio.charset.CharacterCodingException}), a byte order mark dropped, and a note of whether the
 * input ended inside a quoted cell, which FastCSV 4.1 closes without a word (osiegmar/FastCSV#173).
 */
final class CsvInput extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private boolean started;
    // Where the characters so far leave a cell, as FastCSV reads it (spaces allowed around quotes).
    private boolean quoted;
    private boolean cellStart = true;
    private boolean afterQuote;

    CsvInput(InputStream bytes) {
        this.in = bytes;
    }

    /** Whether the input, read to its end, left a quoted cell open. */
    boolean endsInsideQuotes() {
        return quoted;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = decode(buf, off, len);
        if (!started && n > 0) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, --n);
                if (n == 0) {
                    return read(buf, off, len);
                }
            }
        }
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                }
            }
            else if (c == '"' && (cellStart || afterQuote)) { // an opening quote, or the second of a doubled one
                quoted = true;
                cellStart = false;
                afterQuote = false;
            }
            else {
                cellStart = c == ',' || c == '\n' || c == '\r' || (cellStart && c == ' ');
                afterQuote = false;
            }
        }
        return n;
    }

    /**
     * Decodes what it can into {@code buf}. Unlike an {@link java.io.InputStreamReader}, it hands over the
     * characters before bytes that are not UTF-8 and reports those on the next call, so that the reader is then
     * in the record that holds them.
     */
    private int decode(char[] buf, int off, int len) throws IOException {
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            int decoded = out.position() - off;
            if (result.isError() && decoded == 0) {
                result.throwException();
            }
            if (decoded > 0 || result.isOverflow()) {
                return decoded;
            }
            if (eof) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                return out.position() > off ? out.position() - off : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            }
            else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
