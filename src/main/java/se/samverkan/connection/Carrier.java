package se.samverkan.connection;

import java.util.List;

import se.samverkan.entity.EntityRecord;

/** An organisation or person carrying a link, with what it carries it through, best first. */
record Carrier(EntityRecord entity, Side side, double score, Integer firstYear, Integer lastYear, int sources,
        int paths, List<Carriage> through) {
}
