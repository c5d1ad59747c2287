package se.samverkan.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.json.JsonMapper;

/** The 401 and 403 answers of the HTTP endpoints, in the body format of {@code POST /import}'s other errors. */
final class Refusals {

    record Body(String error, String message) {
    }

    private final JsonMapper json;

    Refusals(JsonMapper json) {
        this.json = json;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, CuratorToken.MISSING);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException e) throws IOException {
        write(response, HttpStatus.FORBIDDEN, reason());
    }

    /** Why the request's token may not write, for a refusal of someone who did present one. */
    static String reason() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof CuratorAuthentication c
                ? c.refusal().orElse("Forbidden") : "Forbidden";
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new Body(status.getReasonPhrase(), message));
    }
}
