package se.samverkan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.stereotype.Component;

/**
 * Checks an {@code Authorization} header against the configured curator token. Both sides are hashed
 * before the constant-time comparison, so neither content nor length of the token leaks through timing.
 */
@Component
class CuratorToken {

    static final String MISSING = "Writing needs a curator token: send 'Authorization: Bearer <token>'";
    static final String WRONG = "The curator token is not valid";
    static final String DISABLED = "Writing is disabled: no curator token is configured (samverkan.security.curator-token)";

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    CuratorToken(SecurityProperties properties) {
        String token = properties.curatorToken();
        this.expected = token == null || token.isBlank() ? null : sha256(token.strip());
    }

    /**
     * The curator, a refused token, or null (anonymous) when there is no bearer token. With no token
     * configured every request is refused as disabled, so the answer says that no token would help.
     */
    CuratorAuthentication authenticate(String authorization) {
        if (expected == null) {
            return CuratorAuthentication.refused(DISABLED);
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return null;
        }
        byte[] given = sha256(authorization.substring(BEARER.length()).strip());
        return MessageDigest.isEqual(expected, given) ? CuratorAuthentication.curator()
                : CuratorAuthentication.refused(WRONG);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
