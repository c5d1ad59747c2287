package se.samverkan.curation;

import java.util.List;
import java.util.stream.Collectors;

/** Input rejected as a whole; lists every problem found, so the curator can fix them all in one go. */
public class ValidationException extends RuntimeException {

    private static final int IN_MESSAGE = 20;

    private final List<Problem> problems;
    private final int total;

    ValidationException(List<Problem> problems, int total) {
        super(message(problems, total));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    ValidationException(List<Problem> problems) {
        this(problems, problems.size());
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many problems there were; more than {@link #problems()} holds when the report was cut off. */
    public int total() {
        return total;
    }

    private static String message(List<Problem> problems, int total) {
        String listed = problems.stream().limit(IN_MESSAGE).map(Problem::toString).collect(Collectors.joining("; "));
        return (total == 1 ? "Invalid input: " : total + " problems, nothing was written: ") + listed
                + (total > IN_MESSAGE ? "; …" : "");
    }
}
