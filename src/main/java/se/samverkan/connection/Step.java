package se.samverkan.connection;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactTime;

/** One hop of a path in walking order; {@code forward} is false where the stored fact points back. */
record Step(EntityRecord from, String relation, EntityRecord to, boolean forward, String role, FactTime time,
        Evidence evidence) {

    String fromName() {
        return from.nameAt(time.anchor());
    }

    String toName() {
        return to.nameAt(time.anchor());
    }

    /** How much a hop's evidence is worth: a stated fact 1, an inferred date 0.8, reference data 0.5. */
    double weight() {
        if (evidence.reference()) {
            return 0.5;
        }
        return time.inferred() ? 0.8 : 1.0;
    }

    /** The entity at the other end of this hop from {@code end}. */
    EntityRecord other(EntityRecord end) {
        return from.id().equals(end.id()) ? to : from;
    }

    /** Identifies the stored fact, whichever way the path walks it: start, type, end and source. */
    String factKey() {
        EntityRecord start = forward ? from : to;
        EntityRecord end = forward ? to : from;
        return start.id() + ' ' + relation + ' ' + end.id() + ' ' + evidence.sourceId() + ' ' + evidence.excerpt();
    }
}
