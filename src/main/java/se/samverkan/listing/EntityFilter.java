package se.samverkan.listing;

/** The {@code EntityFilter} input; every field optional. */
record EntityFilter(String text, String kind, String locatedIn, Integer fromYear, Integer toYear) {

    static final EntityFilter NONE = new EntityFilter(null, null, null, null, null);
}
