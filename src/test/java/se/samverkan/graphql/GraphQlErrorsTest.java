package se.samverkan.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.ErrorType;

import se.samverkan.shared.SamverkanProperties;

import se.samverkan.shared.RequestBudget;

/** What a client hears when its question's query was stopped by the timeout, and when something else failed. */
class GraphQlErrorsTest {

    private final GraphQlErrors errors = new GraphQlErrors(new StaticListableBeanFactory(Map.of("properties",
            new Binder(new MapConfigurationPropertySource(Map.of("samverkan.query-timeout", "3s")))
                    .bind("samverkan", SamverkanProperties.class).get()))
            .getBeanProvider(SamverkanProperties.class));

    private static DataFetchingEnvironment field(String name) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField(name).build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment(name)).build())
                .build();
    }

    private static RuntimeException timedOut() {
        // as Spring Data Neo4j hands on the driver's error for a transaction the server stopped
        return new TransientDataAccessResourceException("Transaction failed", new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has been terminated. Retry your operation in a new transaction."));
    }

    @Test
    void aTimedOutReportIsClassifiedAsATimeoutAndSaysTheLimitAndWhatToNarrow() {
        GraphQLError error = errors.resolveToSingleError(timedOut(), field("report"));
        assertThat(error.getErrorType()).hasToString("TIMEOUT");
        assertThat(error.getMessage()).contains("report", "3 s", "samverkan.query-timeout", "narrow the report's parameters")
                .doesNotContain("hops");
        assertThat(error.getPath()).containsExactly("report");
    }

    @Test
    void aTimedOutConnectionsQuestionIsToldToAskForFewerHops() {
        GraphQLError error = errors.resolveToSingleError(timedOut(), field("connections"));
        assertThat(error.getErrorType()).hasToString("TIMEOUT");
        assertThat(error.getMessage()).contains("connections", "3 s", "maxHops");
    }

    @Test
    void aFieldRefusedBecauseTheRequestUsedUpItsTimeIsATimeoutNamingTheRequestLimit() {
        GraphQLError error = errors.resolveToSingleError(new RequestBudget.Spent(Duration.ofSeconds(10)), field("search"));
        assertThat(error.getErrorType()).hasToString("TIMEOUT");
        assertThat(error.getMessage()).contains("search", "10 s", "samverkan.graphql.request-timeout", "fewer fields")
                .doesNotContain("samverkan.query-timeout");
    }

    @Test
    void aQueryCutShortByTheRequestsBudgetNamesTheRequestLimit() {
        AtomicLong now = new AtomicLong();
        RequestBudget budget = new RequestBudget(Duration.ofSeconds(4), now::get);
        budget.enter();
        try {
            now.addAndGet(Duration.ofSeconds(4).toNanos());
            GraphQLError error = errors.resolveToSingleError(timedOut(), field("connections"));
            assertThat(error.getErrorType()).hasToString("TIMEOUT");
            assertThat(error.getMessage()).contains("connections", "4 s", "samverkan.graphql.request-timeout");
        }
        finally {
            budget.leave();
        }
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithoutItsDetails() {
        GraphQLError error = errors.resolveToSingleError(new IllegalStateException("secret detail"), field("search"));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).doesNotContain("secret");
    }
}
