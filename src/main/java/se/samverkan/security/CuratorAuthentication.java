package se.samverkan.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * What a request's bearer token makes of it: the curator, or a token that was presented and refused (with
 * the reason, for the 403 or FORBIDDEN answer). A request without a token stays anonymous instead. The
 * token itself is not kept.
 */
final class CuratorAuthentication extends AbstractAuthenticationToken {

    /** The role of {@code @PreAuthorize("hasRole('CURATOR')")} and of the health details. */
    static final String ROLE = "CURATOR";

    private final String refusal;

    private CuratorAuthentication(String refusal) {
        super(refusal == null ? AuthorityUtils.createAuthorityList("ROLE_" + ROLE) : List.of());
        this.refusal = refusal;
        setAuthenticated(refusal == null);
    }

    static CuratorAuthentication curator() {
        return new CuratorAuthentication(null);
    }

    static CuratorAuthentication refused(String reason) {
        return new CuratorAuthentication(reason);
    }

    /** Why this token may not write; empty for the curator. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public Object getPrincipal() {
        return refusal == null ? "curator" : "refused bearer token";
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
