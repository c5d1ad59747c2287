package se.samverkan.report;

import graphql.scalars.ExtendedScalars;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The schema's {@code JSON} scalar (a report's {@code params} and rows): graphql-java-extended-scalars' JSON,
 * which passes any JSON value through as maps, lists and plain values (integer literals as BigInteger).
 */
@Component
class JsonScalar implements RuntimeWiringConfigurer {

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(ExtendedScalars.Json);
    }
}
