package se.samverkan.connection;

import java.util.List;

import se.samverkan.entity.FactFilters;
import se.samverkan.shared.BadRequestException;

/** The arguments of {@code timeline}, checked; {@code within}: also what lies within the entities (places). */
record TimelineQuery(List<String> ids, boolean within, Integer fromYear, Integer toYear, int first) {

    static final int MAX_IDS = 100;
    static final int MAX_ITEMS = 500;

    TimelineQuery {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new BadRequestException("ids must hold 1 to " + MAX_IDS + " entity ids, got " + ids.size());
        }
        FactFilters.checkYears(fromYear, toYear);
        if (first < 1 || first > MAX_ITEMS) {
            throw new BadRequestException("first must be between 1 and " + MAX_ITEMS + ", got " + first);
        }
        ids = List.copyOf(ids);
    }

    static int defaultFirst(Integer first) {
        return first == null ? 200 : first;
    }
}
