package se.samverkan.dataset;

/** A row as read and where it was: the line of a text file, or the position (from 1) of a JSON array's element. */
record NumberedRow<R>(int line, R row) {
}
