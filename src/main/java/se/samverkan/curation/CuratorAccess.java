package se.samverkan.curation;

/** What the credentials of one request allow. */
public enum CuratorAccess {
    GRANTED,
    /** No {@code Authorization: Bearer} header. */
    MISSING,
    /** A token that is not the curator token. */
    WRONG,
    /** No curator token is configured, so nobody may write. */
    DISABLED;

    /** Throws unless the request may write; the caller checks this before touching anything. */
    public void require() {
        switch (this) {
            case GRANTED -> {
            }
            case MISSING -> throw new AccessDeniedException(true,
                    "Writing needs a curator token: send 'Authorization: Bearer <token>'");
            case WRONG -> throw new AccessDeniedException(false, "The curator token is not valid");
            case DISABLED -> throw new AccessDeniedException(false,
                    "Writing is disabled: no curator token is configured (samverkan.security.curator-token)");
        }
    }
}
