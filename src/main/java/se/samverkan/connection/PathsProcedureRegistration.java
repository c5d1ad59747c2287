package se.samverkan.connection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.samverkan.database.EmbeddedNeo4j;

/** Brings {@link PathsProcedure} into the embedded database; an external server goes without it. */
@Component
class PathsProcedureRegistration {

    PathsProcedureRegistration(ObjectProvider<EmbeddedNeo4j> embedded) {
        embedded.ifAvailable(neo4j -> neo4j.registerProcedures(PathsProcedure.class));
    }
}
