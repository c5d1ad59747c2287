package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;

/**
 * One dataset format: its name on the command line, the default description of the dataset as a source, a reader
 * that turns a file into typed rows, and the mapping of one row to format-neutral statements. A new format is one
 * new class implementing this, as a Spring component.
 *
 * @param <R> the format's row record
 */
interface DatasetFormat<R> {

    /** The name on the command line and in {@code POST /import?format=}. */
    String name();

    /** The dataset as a source, before {@code --as-of} overrides its version. */
    DatasetSource source();

    /** Reads the whole file; a row that cannot be read is refused with its line, a file that is not the format throws. */
    ParsedFile<R> read(InputStream in) throws IOException;

    /** What one row states; throws {@link BadRowException} when the row cannot be imported. */
    RowStatements statements(NumberedRow<R> row, ReferencePlaces places);
}
