package se.samverkan.transfer;

import java.util.Arrays;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * FastCSV's records as the import reads them: each cell trimmed as {@link String#trim()}, and the line of the
 * record being read known while it is read, so that a problem FastCSV meets in it is reported at that line.
 */
final class CsvCells extends AbstractBaseCsvCallbackHandler<String[]> {

    private String[] cells = new String[32];
    private int size;

    /** The line the record being read (or the last one read) starts on. */
    int line() {
        return (int) getStartingLineNumber();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        size = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        int start = offset;
        int end = offset + len;
        while (start < end && buf[start] <= ' ') {
            start++;
        }
        while (end > start && buf[end - 1] <= ' ') {
            end--;
        }
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        cells[size++] = start == end ? "" : new String(buf, start, end - start);
    }

    @Override
    protected String[] buildRecord() {
        return Arrays.copyOf(cells, size);
    }
}
