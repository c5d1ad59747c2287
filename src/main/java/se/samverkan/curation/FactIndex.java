package se.samverkan.curation;

import java.util.Objects;

/**
 * Fact rows by their key (from_id, type, to_id, source), to find a fact given twice. An open-addressing
 * table of the rows themselves: a {@code HashMap} keyed by a list of the four values cost three objects
 * per fact, 4.7 million facts at {@code large}, all kept until validation ends and copied by every
 * collection on the way.
 */
final class FactIndex {

    private Row[] rows = new Row[1024];
    private int[] hashes = new int[rows.length];
    private int size;

    /** The row given earlier with the same key, or null after remembering this one. */
    Row putIfAbsent(Row row) {
        int hash = hash(row);
        int mask = rows.length - 1;
        for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
            Row earlier = rows[i];
            if (earlier == null) {
                rows[i] = row;
                hashes[i] = hash;
                if (++size > rows.length / 2) {
                    grow();
                }
                return null;
            }
            if (hashes[i] == hash && sameKey(earlier, row)) {
                return earlier;
            }
        }
    }

    /** Doubles the table, at most half full; the hashes are kept, so no key is read again. */
    private void grow() {
        if (rows.length == 1 << 30) {
            throw new IllegalStateException("Too many facts for one import: " + size);
        }
        Row[] oldRows = rows;
        int[] oldHashes = hashes;
        rows = new Row[oldRows.length * 2];
        hashes = new int[rows.length];
        int mask = rows.length - 1;
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (rows[i] != null) {
                    i = (i + 1) & mask;
                }
                rows[i] = oldRows[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    private static int hash(Row row) {
        int h = Objects.hashCode(row.text("from_id"));
        h = 31 * h + Objects.hashCode(row.text("type"));
        h = 31 * h + Objects.hashCode(row.text("to_id"));
        return 31 * h + Objects.hashCode(row.text("source"));
    }

    /** Linear probing wants neighbouring keys apart; String hashes of similar ids are neighbours. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean sameKey(Row a, Row b) {
        return Objects.equals(a.text("from_id"), b.text("from_id")) && Objects.equals(a.text("type"), b.text("type"))
                && Objects.equals(a.text("to_id"), b.text("to_id")) && Objects.equals(a.text("source"), b.text("source"));
    }
}
