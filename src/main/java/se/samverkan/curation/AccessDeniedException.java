package se.samverkan.curation;

/** A write without valid curator credentials; {@code unauthenticated} distinguishes 401 from 403. */
public class AccessDeniedException extends RuntimeException {

    private final boolean unauthenticated;

    AccessDeniedException(boolean unauthenticated, String message) {
        super(message);
        this.unauthenticated = unauthenticated;
    }

    public boolean unauthenticated() {
        return unauthenticated;
    }
}
