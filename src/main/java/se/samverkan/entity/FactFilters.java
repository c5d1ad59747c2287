package se.samverkan.entity;

/**
 * Cypher predicates shared by every query that filters facts. Constant fragments with parameters,
 * formatted only with a variable name chosen in code, never with input.
 */
public final class FactFilters {

    private FactFilters() {
    }

    /**
     * True unless the fact bound to {@code variable} is known to lie outside {@code $fromYear..$toYear}.
     * An open-ended fact ("since 2000") counts as ongoing; an undated fact is kept.
     */
    public static String yearsOverlap(String variable) {
        return """
                coalesce(toInteger(left(CASE WHEN %1$s.until IS NOT NULL THEN %1$s.until \
                WHEN %1$s.from IS NOT NULL THEN null ELSE %1$s.date END, 4)) >= $fromYear, true) \
                AND coalesce(toInteger(left(coalesce(%1$s.from, %1$s.date), 4)) <= $toYear, true)"""
                .formatted(variable);
    }

    /** Checks a year range given by a client. */
    public static void checkYears(Integer fromYear, Integer toYear) {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new se.samverkan.shared.BadRequestException(
                    "fromYear (" + fromYear + ") must not be after toYear (" + toYear + ")");
        }
    }
}
