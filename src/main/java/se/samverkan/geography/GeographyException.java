package se.samverkan.geography;

/** The shipped reference geography cannot be read or does not hang together; start-up stops. */
class GeographyException extends RuntimeException {

    GeographyException(String message) {
        super(message);
    }

    GeographyException(String message, Throwable cause) {
        super(message, cause);
    }
}
