package se.samverkan.connection;

import java.util.List;

import se.samverkan.entity.EntityRecord;

/**
 * What a carrier carries a link through: an agreement, project, programme or event it is joined to on a path,
 * or, {@code direct}, its own fact that reaches the other side in one step ({@code entity} is then that fact's
 * other end). {@code facts} are the carrier's facts joining it, best evidenced first.
 */
record Carriage(EntityRecord entity, boolean direct, List<Step> facts, Integer firstYear, Integer lastYear,
        int sources, double weight) {

    /** The fact shown for it: the best evidenced one. */
    Step fact() {
        return facts.get(0);
    }
}
