package se.samverkan.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.stereotype.Component;

/**
 * Checks an {@code Authorization} header against the configured curator token. Both sides are hashed
 * before the constant-time comparison, so neither content nor length of the token leaks through timing.
 */
@Component
public class CuratorToken {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    CuratorToken(SecurityProperties properties) {
        String token = properties.curatorToken();
        this.expected = token == null || token.isBlank() ? null : sha256(token.strip());
    }

    public CuratorAccess check(String authorization) {
        if (expected == null) {
            return CuratorAccess.DISABLED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return CuratorAccess.MISSING;
        }
        byte[] given = sha256(authorization.substring(BEARER.length()).strip());
        return MessageDigest.isEqual(expected, given) ? CuratorAccess.GRANTED : CuratorAccess.WRONG;
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
