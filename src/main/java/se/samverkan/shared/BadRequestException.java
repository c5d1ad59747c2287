package se.samverkan.shared;

/** The client's input is wrong in a way it can fix; the message names the problem. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
