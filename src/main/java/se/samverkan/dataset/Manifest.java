package se.samverkan.dataset;

import java.util.List;

/**
 * What one run of a dataset import did. Rows: read = imported + refused. Entities (each distinct one the file
 * names): created + merged into a stored entity + queued for review (created, with candidates) + unchanged (already
 * there from an earlier import). Facts (each distinct one the file states): added + updated + unchanged; no longer
 * stated counts the stored facts of this dataset the file does not state any more. {@code written} is false when
 * the file was refused as a whole.
 */
public record Manifest(String format, String source, String version, String file, int rowsRead, int rowsImported,
        int rowsRefused, int entitiesCreated, int entitiesMerged, int entitiesQueued, int entitiesUnchanged,
        int factsAdded, int factsUpdated, int factsUnchanged, int factsNoLongerStated, List<RefusedRow> refused,
        boolean written) {

    /** Refused rows the command line lists; the stored and HTTP manifests have them all. */
    private static final int PRINTED = 50;

    public Manifest {
        refused = List.copyOf(refused);
    }

    /** The manifest as a person reads it, for the command line. */
    String text() {
        StringBuilder s = new StringBuilder();
        s.append(written ? "Imported " : "Refused, nothing was written: ").append(file).append(" as ").append(format)
                .append(" (").append(source).append(", as of ").append(version).append(")\n");
        s.append("  rows:     ").append(rowsRead).append(" read = ").append(rowsImported).append(" imported + ")
                .append(rowsRefused).append(" refused\n");
        if (written) {
            s.append("  entities: ").append(entitiesCreated).append(" created, ").append(entitiesMerged)
                    .append(" merged, ").append(entitiesQueued).append(" queued for review, ").append(entitiesUnchanged)
                    .append(" unchanged\n");
            s.append("  facts:    ").append(factsAdded).append(" added, ").append(factsUpdated).append(" updated, ")
                    .append(factsUnchanged).append(" unchanged, ").append(factsNoLongerStated)
                    .append(" no longer stated\n");
        }
        refused.stream().limit(PRINTED).forEach(r -> s.append("  refused ").append(r).append('\n'));
        if (refused.size() > PRINTED) {
            s.append("  … and ").append(refused.size() - PRINTED).append(" more refused rows\n");
        }
        return s.toString();
    }
}
