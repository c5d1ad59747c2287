package se.samverkan.shared;

/** Something the client named does not exist; reported as NOT_FOUND (GraphQL) or 404 (HTTP). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
