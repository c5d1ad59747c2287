package se.samverkan.connection;

import java.util.List;

/** A path from one side to the other. */
record ConnectionPath(List<Step> steps) {

    int length() {
        return steps.size();
    }

    /** Shorter paths and better evidenced paths score higher. */
    double score() {
        return steps.stream().mapToDouble(Step::weight).average().orElse(0) / steps.size();
    }

    /** Identifies the path for a stable order among equals. */
    String key() {
        StringBuilder key = new StringBuilder(steps.get(0).from().id());
        for (Step step : steps) {
            key.append(' ').append(step.relation()).append(' ').append(step.to().id());
        }
        return key.toString();
    }
}
