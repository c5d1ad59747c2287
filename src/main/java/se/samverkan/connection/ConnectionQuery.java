package se.samverkan.connection;

import java.util.List;

import se.samverkan.shared.BadRequestException;
import se.samverkan.entity.FactFilters;
import se.samverkan.entity.Page;

/** The arguments of {@code connections}, checked. */
record ConnectionQuery(String from, String to, int maxHops, int first, List<String> relationTypes,
        Integer fromYear, Integer toYear) {

    static final int MAX_HOPS = 6;

    ConnectionQuery {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new BadRequestException("maxHops must be between 1 and " + MAX_HOPS + ", got " + maxHops);
        }
        Page.checkFirst(first, 10);
        FactFilters.checkYears(fromYear, toYear);
        if (relationTypes != null) {
            for (String type : relationTypes) {
                if (!type.matches("[A-Z][A-Z_]*")) {
                    throw new BadRequestException("relationTypes holds '" + type
                            + "', which is not a relationship type (upper case, like PARTY_TO)");
                }
            }
        }
    }
}
