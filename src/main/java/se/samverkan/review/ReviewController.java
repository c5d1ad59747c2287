package se.samverkan.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import se.samverkan.entity.Cursor;
import se.samverkan.entity.EntityQueries;
import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Page;
import se.samverkan.resolution.QueuedItem;
import se.samverkan.resolution.ReviewItems;

/**
 * The review queue over GraphQL. Reading it needs the curator too: it shows what a dataset named before anyone
 * decided it (see docs/resolution.md).
 */
@Controller
class ReviewController {

    private static final String CURATOR = "hasRole('CURATOR')";
    private static final String DEFAULT_BY = "curator";
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    record UndoResult(String key, EntityRecord restored, EntityRecord survivor, int movedFacts) {
    }

    private final Driver driver;
    private final ReviewItems items;
    private final ReviewDecisions decisions;
    private final EntityQueries entities;

    ReviewController(Driver driver, ReviewItems items, ReviewDecisions decisions, EntityQueries entities) {
        this.driver = driver;
        this.items = items;
        this.decisions = decisions;
        this.entities = entities;
    }

    @QueryMapping
    @PreAuthorize(CURATOR)
    Page<QueuedItem> reviewQueue(@Argument QueuedItem.Status status, @Argument Integer first, @Argument String after) {
        int size = Page.checkFirst(first, 20);
        QueuedItem.Status wanted = status == null ? QueuedItem.Status.OPEN : status;
        List<String> from = Cursor.decode(after, 1);
        try (Session session = driver.session(READ); Transaction tx = session.beginTransaction()) {
            List<QueuedItem> rows = items.page(wanted, from == null ? null : from.get(0), size + 1, tx);
            int total = items.count(wanted, tx);
            return Page.of(rows, size, after != null, i -> Cursor.encode(i.sort()), () -> total);
        }
    }

    @SchemaMapping(typeName = "ReviewItemConnection", field = "totalCount")
    int totalCount(Page<QueuedItem> page) {
        return page.totalCount().get();
    }

    @BatchMapping(typeName = "ReviewItem", field = "incoming")
    Map<QueuedItem, EntityRecord> incoming(List<QueuedItem> queued) {
        return byId(queued, QueuedItem::createdId);
    }

    @BatchMapping(typeName = "ReviewItem", field = "candidateEntity")
    Map<QueuedItem, EntityRecord> candidateEntity(List<QueuedItem> queued) {
        return byId(queued, QueuedItem::candidate);
    }

    @BatchMapping(typeName = "ReviewItem", field = "matched")
    Map<QueuedItem, EntityRecord> matched(List<QueuedItem> queued) {
        return byId(queued, QueuedItem::matchedId);
    }

    private Map<QueuedItem, EntityRecord> byId(List<QueuedItem> queued, java.util.function.Function<QueuedItem, String> id) {
        Collection<String> ids = queued.stream().map(id).filter(Objects::nonNull).distinct().toList();
        Map<String, EntityRecord> found = entities.findByIds(ids);
        Map<QueuedItem, EntityRecord> out = new java.util.HashMap<>();
        for (QueuedItem item : queued) {
            EntityRecord e = id.apply(item) == null ? null : found.get(id.apply(item));
            if (e != null) {
                out.put(item, e);
            }
        }
        return out;
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    QueuedItem acceptMatch(@Argument String item, @Argument String by) {
        return decisions.accept(item, by(by));
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    QueuedItem rejectMatch(@Argument String item, @Argument String by) {
        return decisions.reject(item, by(by));
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    QueuedItem editMatch(@Argument String item, @Argument String candidate, @Argument String by) {
        return decisions.edit(item, candidate, by(by));
    }

    @MutationMapping
    @PreAuthorize(CURATOR)
    UndoResult undoMerge(@Argument String key, @Argument String by) {
        ReviewDecisions.UndoResultIds undone = decisions.undoMerge(key, by(by));
        return new UndoResult(undone.key(), entities.findById(undone.restored()).orElse(null),
                entities.findById(undone.survivor()).orElse(null), undone.movedFacts());
    }

    private static String by(String by) {
        return by == null || by.isBlank() ? DEFAULT_BY : by.strip();
    }
}
