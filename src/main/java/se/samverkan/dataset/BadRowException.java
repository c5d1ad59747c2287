package se.samverkan.dataset;

/** A row that cannot be imported; the reason names what is missing or wrong. */
final class BadRowException extends RuntimeException {

    BadRowException(String reason) {
        super(reason);
    }
}
