package se.samverkan.connection;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactTime;

/**
 * One dated item of a timeline: a fact ({@code FACT}), an undated fact placed at the date its source stated it
 * ({@code STATED}), or a name an entity bore ({@code NAME}, {@code to} null). {@code start} and {@code end} are
 * the partial dates drawn, {@code start} null when only its end is known, {@code end} null while it is ongoing;
 * {@code precision} is that of the most precise of them.
 */
record TimelineItem(String id, Kind kind, String relation, EntityRecord from, EntityRecord to, String name,
        String role, FactTime time, String stated, String start, String end, String precision, boolean inferred,
        Evidence evidence) {

    enum Kind {
        FACT,
        STATED,
        NAME
    }
}
