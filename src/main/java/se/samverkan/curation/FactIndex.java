package se.samverkan.curation;

import java.util.Objects;

/**
 * Fact rows by their key (from_id, type, to_id, source), to find a fact given twice. An open-addressing
 * table of the rows themselves: a {@code HashMap} keyed by a list of the four values cost three objects
 * per fact, 4.7 million facts at {@code large}, all kept until validation ends and copied by every
 * collection on the way.
 */
final class FactIndex {

    private final Row[] rows;
    private final int[] hashes;
    private final int mask;

    /** Room for {@code expected} facts at most half full. */
    FactIndex(int expected) {
        int size = Integer.highestOneBit(Math.max(2, expected)) << 2;
        if (size <= 0) {
            throw new IllegalArgumentException("Too many facts for one import: " + expected);
        }
        rows = new Row[size];
        hashes = new int[size];
        mask = size - 1;
    }

    /** The row given earlier with the same key, or null after remembering this one. */
    Row putIfAbsent(Row row) {
        int hash = hash(row);
        for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
            Row earlier = rows[i];
            if (earlier == null) {
                rows[i] = row;
                hashes[i] = hash;
                return null;
            }
            if (hashes[i] == hash && sameKey(earlier, row)) {
                return earlier;
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
