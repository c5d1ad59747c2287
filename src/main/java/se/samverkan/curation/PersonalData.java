package se.samverkan.curation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises contact data in free text: e-mail addresses and phone numbers (a number starting with
 * {@code +} or {@code 0} of at least eight digits, as the press texts print them: "0243-79 10 00",
 * "+46 70 123 45 67"). Dates and year ranges do not start with 0 or + and are not matched.
 */
final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.+-])(\\+|0)\\d[\\d ()/-]{5,}\\d");

    private PersonalData() {
    }

    /** What kind of contact data {@code text} holds, or null. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        // Most texts hold neither an '@' nor a 0 or + (every match needs one): skip the regexes for them,
        // an import checks millions of texts.
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
            return "an e-mail address";
        }
        if (text.indexOf('0') < 0 && text.indexOf('+') < 0) {
            return null;
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (phone.group().chars().filter(Character::isDigit).count() >= 8) {
                return "a phone number";
            }
        }
        return null;
    }
}
