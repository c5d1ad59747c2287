package se.samverkan.curation;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import se.samverkan.shared.NotFoundException;
import se.samverkan.curation.Inputs.EntityInput;
import se.samverkan.curation.Inputs.FactInput;
import se.samverkan.curation.Inputs.NameInput;
import se.samverkan.curation.Inputs.RetractInput;
import se.samverkan.curation.Inputs.SourceInput;
import se.samverkan.entity.EntityQueries;
import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactTime;
import se.samverkan.entity.Relation;

/**
 * The curation mutations. Each needs the curator (se.samverkan.security; EveryMutationNeedsTheCuratorTest
 * walks every mutation of the schema), then validates, then writes.
 */
@Controller
class CurationController {

    record RetractResult(int retracted) {
    }

    record MergeResult(EntityRecord survivor, long movedRelations, long movedMentions, long movedNames,
            long droppedSelfLoops) {
    }

    /** Both ends of a new fact are mentioned by its source; an existing mention keeps its excerpt. */
    /** Checked before the method runs, so a refused write touches nothing. */
    private static final String CURATOR = "hasRole('CURATOR')";

    private static final String MENTION_ENDS = """
            MATCH (s:Source {id: $source})
            UNWIND [$from, $to] AS id
            MATCH (n:Entity {id: id})
            MERGE (n)-[m:MENTIONED_IN]->(s) ON CREATE SET m.excerpt = $excerpt""";

    private static final String FACT = """
            MATCH (a:Entity {id: $from})-[r:$($type) {source: $source}]->(b:Entity {id: $to})
            RETURN elementId(r) AS id, properties(r) AS props, %s AS other""".formatted(EntityRecord.projection("b"));

    private final ValidatedWrite writes;
    private final Merger merger;
    private final Retractor retractor;
    private final EntityQueries entities;
    private final Driver driver;

    CurationController(ValidatedWrite writes, Merger merger, Retractor retractor, EntityQueries entities, Driver driver) {
        this.writes = writes;
        this.merger = merger;
        this.retractor = retractor;
        this.entities = entities;
        this.driver = driver;
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    String upsertSource(@Argument SourceInput input) {
        MutationRows rows = new MutationRows();
        String id = rows.source(input);
        if (input.isReference()) {
            rows.problems().add(new Problem(MutationRows.SOURCE, null, "title",
                    "must not be empty: a source needs a title, a publisher or url, and a date"));
        }
        write(rows, Kind.SOURCE);
        return id;
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    EntityRecord upsertEntity(@Argument EntityInput input) {
        MutationRows rows = new MutationRows();
        rows.entity(input);
        write(rows, Kind.ENTITY);
        return entity(input.id());
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    EntityRecord addName(@Argument NameInput input) {
        MutationRows rows = new MutationRows();
        rows.name(input);
        write(rows, Kind.NAME);
        return entity(input.entity());
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    Relation relate(@Argument FactInput input) {
        MutationRows rows = new MutationRows();
        String source = rows.fact(input);
        Map<String, Object> key = Map.of("from", input.from().strip(), "type", input.type().strip(),
                "to", input.to().strip(), "source", source == null ? "" : source,
                "excerpt", input.excerpt() == null ? "" : input.excerpt().strip());
        write(rows, Kind.RELATION, tx -> tx.run(MENTION_ENDS, key).consume());
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(FACT, key).list(r -> {
                Map<String, Object> props = r.get("props").asMap();
                return new Relation(r.get("id").asString(), input.type().strip(), "OUTGOING",
                        EntityRecord.from(r.get("other").asMap()), (String) props.get("role"),
                        (String) props.get("title"), (String) props.get("status"), FactTime.of(props),
                        Evidence.of(props.get("source"), props.get("excerpt"), props.get("reference")));
            })).get(0);
        }
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    RetractResult retractFact(@Argument RetractInput input) {
        return new RetractResult(retractor.retract(input));
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    MergeResult mergeEntities(@Argument String from, @Argument String into, @Argument String by,
            @Argument String reason) {
        Merger.Outcome outcome = merger.merge(from.strip(), into.strip(), by, reason);
        return new MergeResult(entity(into.strip()), outcome.movedRelations(), outcome.movedMentions(),
                outcome.movedNames(), outcome.droppedSelfLoops());
    }

    private void write(MutationRows rows, Kind kind) {
        write(rows, kind, tx -> {
        });
    }

    private void write(MutationRows rows, Kind kind, java.util.function.Consumer<org.neo4j.driver.QueryRunner> after) {
        try {
            writes.write(rows.rows(), rows.problems(), ValidatedWrite.Progress.NONE, after);
        }
        catch (ValidationException e) {
            throw MutationRows.renamed(e, kind);
        }
    }

    private EntityRecord entity(String id) {
        return entities.findById(id.strip()).orElseThrow(() -> new NotFoundException("No entity with id '" + id + "'"));
    }
}
