package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class CuratorTokenTest {

    private final CuratorToken token = new CuratorToken(new SecurityProperties("s3cret"));

    @Test
    void theRightBearerTokenIsTheCurator() {
        CuratorAuthentication curator = token.authenticate("Bearer s3cret");
        assertThat(curator.isAuthenticated()).isTrue();
        assertThat(curator.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CURATOR");
        assertThat(curator.refusal()).isEmpty();
        assertThat(curator.getCredentials()).as("the token is not kept").isNull();
        assertThat(token.authenticate("bearer  s3cret ")).as("scheme in any case, blanks around").isNotNull()
                .satisfies(a -> assertThat(a.refusal()).isEmpty());
    }

    @Test
    void aWrongTokenIsRefusedWithoutAuthority() {
        for (String wrong : new String[] {"Bearer s3cre", "Bearer s3cret2", "Bearer S3CRET"}) {
            CuratorAuthentication refused = token.authenticate(wrong);
            assertThat(refused.isAuthenticated()).as(wrong).isFalse();
            assertThat(refused.getAuthorities()).as(wrong).isEmpty();
            assertThat(refused.refusal()).as(wrong).contains(CuratorToken.WRONG);
        }
    }

    @Test
    void noOrMalformedBearerTokenLeavesTheRequestAnonymous() {
        assertThat(token.authenticate(null)).isNull();
        assertThat(token.authenticate("Basic s3cret")).isNull();
        assertThat(token.authenticate("Bearer ")).isNull();
        assertThat(token.authenticate("Bearers3cret")).isNull();
    }

    @Test
    void withoutConfiguredTokenNobodyIsCurator() {
        for (String configured : new String[] {"", "  ", null}) {
            CuratorToken none = new CuratorToken(new SecurityProperties(configured));
            for (String header : new String[] {null, "Bearer ", "Bearer anything", "Bearer " + configured}) {
                CuratorAuthentication refused = none.authenticate(header);
                assertThat(refused.refusal()).as(header).contains(CuratorToken.DISABLED);
                assertThat(refused.getAuthorities()).as(header).isEmpty();
            }
        }
        assertThat(CuratorToken.DISABLED).contains("no curator token is configured");
    }
}
