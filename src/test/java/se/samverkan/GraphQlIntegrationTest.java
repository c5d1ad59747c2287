package se.samverkan;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Base of tests that ask the running application GraphQL questions over HTTP (one shared context). */
@SamverkanIntegrationTest
public abstract class GraphQlIntegrationTest {

    @Value("${local.server.port}")
    protected int port;

    protected GraphQlTester graphQl;

    @BeforeEach
    void connectGraphQl() {
        graphQl = TestGraphQl.tester(port);
    }
}
