package se.samverkan.dataset;

/** A row the import did not take, where it was and why. */
public record RefusedRow(int line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
