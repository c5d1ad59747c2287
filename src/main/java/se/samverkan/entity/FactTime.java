package se.samverkan.entity;

import java.util.Map;

/** When a fact holds; see {@link PartialDates} for the date format. */
public record FactTime(String date, String from, String until, boolean inferred) {

    public static FactTime of(Map<String, Object> properties) {
        return new FactTime((String) properties.get("date"), (String) properties.get("from"),
                (String) properties.get("until"), Boolean.TRUE.equals(properties.get("inferred")));
    }

    public String precision() {
        String best = null;
        for (String d : new String[] {date, from, until}) {
            if (d != null && (best == null || d.length() > best.length())) {
                best = d;
            }
        }
        return PartialDates.precision(best);
    }

    /** The date the fact is best described by, for naming its ends as they were then. */
    public String anchor() {
        return date != null ? date : from != null ? from : until;
    }
}
