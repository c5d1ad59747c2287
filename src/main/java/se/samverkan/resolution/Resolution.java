package se.samverkan.resolution;

import java.util.List;

/** What resolution decided for an {@link Incoming} entity. */
public sealed interface Resolution {

    /** Certain (by rule or by a curator's earlier judgement): the dataset's facts go onto the stored entity {@code id}. */
    record Same(String id, double score, String reason) implements Resolution {
    }

    /** Perhaps one of these: the entity is created under its own id and each candidate waits in the review queue. */
    record Uncertain(List<Candidate> candidates) implements Resolution {

        public Uncertain {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nothing stored is close: the entity is created under its own id. */
    record New() implements Resolution {
    }
}
