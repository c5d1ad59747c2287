package se.samverkan.resolution;

/** A stored entity that may be the one a dataset names: how sure (0–1) and why, in words a curator reads. */
public record Candidate(String id, String name, double score, String reason) {
}
