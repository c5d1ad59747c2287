package se.samverkan.resolution;

import java.util.List;

/**
 * A name reduced to the words that identify what it names: folded, without legal forms, with a county phrase as one
 * word and inflected or English generic words in their Swedish base form. {@code forms} are the legal forms
 * in one spelling each (Aktiebolag is AB). {@code legalForms} and {@code readings}
 * say, in the name's own spelling, what was taken away or read differently, for the reason a curator reads.
 */
record NormalName(String folded, List<String> words, List<String> legalForms, List<String> forms,
        List<String> readings, List<String> counties) {

    NormalName {
        words = List.copyOf(words);
        legalForms = List.copyOf(legalForms);
        forms = List.copyOf(forms);
        readings = List.copyOf(readings);
        counties = List.copyOf(counties);
    }

    String key() {
        return String.join(" ", words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
