package se.samverkan.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a CSV file (RFC 4180: comma, double quotes, a quote inside a quoted cell written twice,
 * lines ending in LF, CRLF or CR) in UTF-8, read straight from its bytes. Cells are trimmed (characters up
 * to U+0020, as {@link String#trim()}), empty lines are skipped and a UTF-8 byte order mark is ignored.
 * <p>
 * Made for the import's millions of rows: a cell becomes a string only when asked for, and a cell whose
 * value repeats across rows is found by its bytes in a {@link SharedStrings} without a string made for it
 * first. With commons-csv (and the decoding reader it needs), reading the {@code large} files took 24–26 s of
 * an initial load; a JFR put a third of it in looking strings up that were made for every cell only to be
 * dropped again, and most of the rest in commons-csv making and trimming those strings.
 * <p>
 * Not thread-safe; the cells of a record are valid until the next call of {@link #next()}.
 */
final class CsvRecords {

    /** The input is not well-formed CSV or not UTF-8; {@code line} is where the record with the problem starts. */
    static final class MalformedCsvException extends Exception {

        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    /** The line {@code buf[pos]} is on. */
    private int line = 1;

    // Offsets into buf that move when the buffer is compacted: the record being read, the cell being read,
    // and where a quoted cell's content is written back without its doubled quotes.
    private int recordStart;
    private int cellStart;
    private int write;

    private int recordLine;
    private int cells;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] ascii = new boolean[32];

    CsvRecords(InputStream in) {
        this(in, 1 << 16);
    }

    /** With a first buffer of {@code bufferSize} bytes; it grows for a record that does not fit. */
    CsvRecords(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[Math.max(1, bufferSize)];
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException, MalformedCsvException {
        cells = 0;
        recordStart = pos;
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        while (true) { // empty lines
            if (!more()) {
                return false;
            }
            byte b = buf[pos];
            if (b != '\n' && b != '\r') {
                break;
            }
            endOfLine();
            recordStart = pos;
        }
        recordStart = pos;
        recordLine = line;
        while (true) {
            if (!more()) { // after a comma: the record ends with an empty cell
                addCell(pos, pos, true);
                return true;
            }
            if (buf[pos] == '"') {
                quoted();
            }
            else {
                simple();
            }
            if (!more()) {
                return true;
            }
            if (buf[pos] == ',') {
                pos++;
                continue;
            }
            endOfLine();
            return true;
        }
    }

    /** The number of cells in the record. */
    int size() {
        return cells;
    }

    /** The line the record starts on (1-based, counting the lines of quoted cells and the skipped empty ones). */
    int line() {
        return recordLine;
    }

    boolean isEmpty(int cell) {
        return starts[cell] == ends[cell];
    }

    /** The cell's text, trimmed. */
    String text(int cell) throws MalformedCsvException {
        int start = starts[cell];
        int length = ends[cell] - start;
        if (ascii[cell]) { // every byte below 0x80: Latin-1 is the same characters and copies straight
            return new String(buf, start, length, StandardCharsets.ISO_8859_1);
        }
        // The String constructor replaces bytes that are not UTF-8, hence the check first; it decodes several
        // times faster than a CharsetDecoder, which was a sixth of the reading's time.
        if (!Utf8.isValid(buf, start, start + length)) {
            throw new MalformedCsvException(recordLine, "the file is not UTF-8");
        }
        return new String(buf, start, length, StandardCharsets.UTF_8);
    }

    /** The cell's text as the one instance {@code strings} holds of it. */
    String shared(int cell, SharedStrings strings) throws MalformedCsvException {
        return strings.get(this, cell);
    }

    private void skipByteOrderMark() throws IOException {
        while (limit - pos < 3 && fill()) {
            // a stream may hand over fewer bytes than asked for
        }
        if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
    }

    /** Consumes the line end at {@code pos}: LF, CR or CRLF. */
    private void endOfLine() throws IOException {
        if (buf[pos++] == '\r' && more() && buf[pos] == '\n') {
            pos++;
        }
        line++;
    }

    private void simple() throws IOException {
        cellStart = pos;
        int bits = 0;
        while (true) {
            byte[] b = buf;
            int p = pos;
            int end = limit;
            while (p < end) {
                byte c = b[p];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                bits |= c; // negative once a byte is 0x80 or above
                p++;
            }
            pos = p;
            if (p < end || !fill()) {
                break;
            }
        }
        addCell(cellStart, pos, bits >= 0);
    }

    private void quoted() throws IOException, MalformedCsvException {
        pos++; // the opening quote
        cellStart = pos;
        write = pos;
        int bits = 0;
        while (true) {
            if (!more()) {
                throw new MalformedCsvException(recordLine, "malformed CSV: a quoted cell that starts on line " + recordLine
                        + " is not closed by the end of the file");
            }
            byte c = buf[pos++];
            if (c == '"') {
                if (more() && buf[pos] == '"') {
                    pos++;
                    buf[write++] = '"';
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && !(more() && buf[pos] == '\n')) {
                line++;
            }
            bits |= c;
            buf[write++] = c;
        }
        // the content ends at write, which (unlike a local) moves with the buffer's contents when fill() compacts it
        while (more()) { // only spaces may follow the closing quote
            byte c = buf[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c != ' ' && c != '\t' && !(c >= 0x0B && c <= 0x0C) && !(c >= 0x1C && c <= 0x1F)) {
                throw new MalformedCsvException(recordLine, "malformed CSV: a character other than a comma or the line's end follows "
                        + "the closing quote of a cell on line " + line + " (a quote inside a quoted cell is written twice: \"\")");
            }
            pos++;
        }
        addCell(cellStart, write, bits >= 0);
    }

    private void addCell(int start, int end, boolean asciiOnly) {
        while (start < end && (buf[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (buf[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        if (cells == starts.length) {
            starts = Arrays.copyOf(starts, cells * 2);
            ends = Arrays.copyOf(ends, cells * 2);
            ascii = Arrays.copyOf(ascii, cells * 2);
        }
        starts[cells] = start;
        ends[cells] = end;
        ascii[cells] = asciiOnly;
        cells++;
    }

    /** Whether there is a byte at {@code pos}, reading more input when the buffer has none. */
    private boolean more() throws IOException {
        return pos < limit || fill();
    }

    /**
     * Reads more input behind what the buffer holds, after moving the record being read to the buffer's start
     * (or growing the buffer when the record fills it); false at the end of the input.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (recordStart > 0) {
            int shift = recordStart;
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            limit -= shift;
            pos -= shift;
            cellStart -= shift;
            write -= shift;
            recordStart = 0;
            for (int i = 0; i < cells; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
            }
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /**
     * Strings kept once each, found by the UTF-8 bytes of a cell (an open-addressing table): the values that
     * repeat across an import's rows (kinds, types, dates, the ids of the sources facts cite).
     */
    static final class SharedStrings {

        private byte[][] keys = new byte[1024][];
        private String[] values = new String[1024];
        private int[] hashes = new int[1024];
        private int size;
        /** The slot the cell at each position last found: a column often repeats the row before's value. */
        private int[] lastSlot = new int[32];

        String get(CsvRecords csv, int cell) throws MalformedCsvException {
            byte[] b = csv.buf;
            int start = csv.starts[cell];
            int end = csv.ends[cell];
            if (cell >= lastSlot.length) {
                lastSlot = Arrays.copyOf(lastSlot, Math.max(cell + 1, lastSlot.length * 2));
            }
            byte[] last = keys[lastSlot[cell]];
            if (last != null && Arrays.equals(last, 0, last.length, b, start, end)) {
                return values[lastSlot[cell]];
            }
            int hash = 1;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + b[i];
            }
            hash ^= hash >>> 16;
            int mask = keys.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                byte[] key = keys[slot];
                if (key == null) {
                    String value = csv.text(cell);
                    keys[slot] = Arrays.copyOfRange(b, start, end);
                    values[slot] = value;
                    hashes[slot] = hash;
                    lastSlot[cell] = slot;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return value;
                }
                if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, b, start, end)) {
                    lastSlot[cell] = slot;
                    return values[slot];
                }
            }
        }

        int size() {
            return size;
        }

        private void grow() {
            byte[][] oldKeys = keys;
            String[] oldValues = values;
            int[] oldHashes = hashes;
            keys = new byte[oldKeys.length * 2][];
            values = new String[keys.length];
            hashes = new int[keys.length];
            Arrays.fill(lastSlot, 0);
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = oldHashes[i] & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                    hashes[slot] = oldHashes[i];
                }
            }
        }
    }
}
