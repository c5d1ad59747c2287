package se.samverkan.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An export written to a file by the command line: into a temporary file beside it, then moved into place, so
 * that a failed run leaves the previous file (or none) rather than half an export.
 */
final class ReportFile {

    /** Writes the export to the stream it is given. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFile() {
    }

    /** The directory the file goes into, checked before a database starts. */
    static Path directory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    static void write(Path file, Content content) throws IOException {
        Path temporary = Files.createTempFile(directory(file), "." + file.getFileName() + ".", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }
}
