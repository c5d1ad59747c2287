package se.samverkan.dataset;

import java.util.List;

/** A file's rows that could be read, and those that could not. */
record ParsedFile<R>(List<NumberedRow<R>> rows, List<RefusedRow> refused) {

    ParsedFile {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    int read() {
        return rows.size() + refused.size();
    }
}
