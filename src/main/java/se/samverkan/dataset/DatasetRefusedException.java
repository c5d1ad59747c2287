package se.samverkan.dataset;

/** A file refused as a whole (a bad row under {@code --on-bad-row=refuse}); nothing was written. */
public final class DatasetRefusedException extends RuntimeException {

    private final transient Manifest manifest;

    DatasetRefusedException(Manifest manifest) {
        super(manifest.rowsRefused() + " bad row" + (manifest.rowsRefused() == 1 ? "" : "s")
                + " and --on-bad-row=refuse: nothing was written");
        this.manifest = manifest;
    }

    public Manifest manifest() {
        return manifest;
    }
}
