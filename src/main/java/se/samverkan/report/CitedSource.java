package se.samverkan.report;

/**
 * A source document that rows of an export cite, with its title as stored (null when the store has no such
 * source, which an export shows as an empty title rather than leaving the id out).
 */
record CitedSource(String id, String title) {
}
