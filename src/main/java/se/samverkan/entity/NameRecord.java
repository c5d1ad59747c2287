package se.samverkan.entity;

/** One name an entity has had; {@code from}/{@code until} are partial ISO dates, either may be open. */
public record NameRecord(String name, String from, String until, Evidence evidence) {

    boolean covers(String date) {
        return (from == null || PartialDates.compareStart(from, date) <= 0)
                && (until == null || PartialDates.compareEnd(until, date) >= 0);
    }
}
