package se.samverkan.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import se.samverkan.shared.BadRequestException;

/**
 * Dates the sources give are often partial: a year, a month or a day. They are kept as ISO strings of
 * that precision and compared by padding, so that "2013" is neither before nor after "2013-06-13".
 */
public final class PartialDates {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private PartialDates() {
    }

    /** Validates a date given by a client: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, and a real date. */
    public static String requireValid(String value, String what) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new BadRequestException(what + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got '" + value + "'");
        }
        try {
            LocalDate.parse(padStart(value));
        } catch (DateTimeParseException e) {
            throw new BadRequestException(what + " is not a real date: '" + value + "'");
        }
        return value;
    }

    public static String precision(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.length()) {
            case 4 -> "YEAR";
            case 7 -> "MONTH";
            default -> "DAY";
        };
    }

    public static Integer year(String value) {
        return value == null || value.length() < 4 ? null : Integer.valueOf(value.substring(0, 4));
    }

    /** True when a period starting at {@code from} cannot end by {@code until}: "2014" is after "2013-12". */
    public static boolean startsAfterEnd(String from, String until) {
        return padStart(from).compareTo(padEnd(until)) > 0;
    }

    /** Compares the earliest day {@code a} can mean with the earliest day {@code b} can mean. */
    static int compareStart(String a, String b) {
        return padStart(a).compareTo(padStart(b));
    }

    /** Compares the latest day {@code a} can mean with the earliest day {@code b} can mean. */
    static int compareEnd(String a, String b) {
        return padEnd(a).compareTo(padStart(b));
    }

    private static String padStart(String value) {
        return switch (value.length()) {
            case 4 -> value + "-01-01";
            case 7 -> value + "-01";
            default -> value;
        };
    }

    private static String padEnd(String value) {
        return switch (value.length()) {
            case 4 -> value + "-12-31";
            case 7 -> value + "-31";
            default -> value;
        };
    }
}
