package se.samverkan.dataset;

/** A dataset as a {@code Source} of kind dataset; {@code version} is the date the data is as of. */
record DatasetSource(String id, String publisher, String title, String version, String retrieved, String licence,
        String url) {

    DatasetSource asOf(String date) {
        return date == null ? this : new DatasetSource(id, publisher, title, date, retrieved, licence, url);
    }
}
