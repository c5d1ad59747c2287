package se.samverkan.resolution;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names are, 0–1, and why. Levels: the same name 1.0; the same once legal forms are left out 0.95
 * (0.8 when both carry different ones: an AB and a Stiftelsen are two legal persons); the same once county phrases
 * and inflections are read 0.9; the same words in another order 0.85; otherwise a weighted overlap of similar words
 * (Jaro-Winkler ≥ 0.9) scaled to at most 0.85, so spelling alone never makes a match certain. Thresholds:
 * docs/resolution.md.
 */
final class NameSimilarity {

    private NameSimilarity() {
    }

    record Score(double score, String reason) {
    }

    static final double FUZZY_MAX = 0.85;
    private static final double WORD_MATCH = 0.9;
    private static final double LENGTH_RATIO = 0.75;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    static Score compare(NormalName incoming, NormalName stored) {
        if (incoming.isEmpty() || stored.isEmpty()) {
            return new Score(0, "no name to compare");
        }
        if (incoming.folded().equals(stored.folded())) {
            return new Score(1.0, "the same name");
        }
        boolean sameWords = incoming.words().equals(stored.words());
        if (sameWords || sorted(incoming.words()).equals(sorted(stored.words()))) {
            List<String> why = new ArrayList<>();
            double score = sameWords ? 1.0 : FUZZY_MAX;
            if (!sameWords) {
                why.add("in another order");
            }
            boolean legal = !incoming.legalForms().equals(stored.legalForms());
            boolean otherForms = !sorted(incoming.forms()).equals(sorted(stored.forms()));
            if (otherForms && !incoming.forms().isEmpty() && !stored.forms().isEmpty()) {
                score = Math.min(score, 0.8);
                why.add("but with the legal forms " + quoted(incoming.legalForms()) + " and "
                        + quoted(stored.legalForms()));
            }
            else if (otherForms) {
                score = Math.min(score, 0.95);
                List<String> forms = incoming.legalForms().isEmpty() ? stored.legalForms() : incoming.legalForms();
                why.add("without the legal form " + quoted(forms));
            }
            else if (legal) {
                score = Math.min(score, 0.95);
                why.add("with the legal forms " + quoted(incoming.legalForms()) + " and " + quoted(stored.legalForms())
                        + " spelled differently");
            }
            // A reading both names need ("Högskolan" in both) does not tell them apart.
            List<String> readings = new ArrayList<>(incoming.readings().stream()
                    .filter(r -> !stored.readings().contains(r)).toList());
            stored.readings().stream().filter(r -> !incoming.readings().contains(r) && !readings.contains(r))
                    .forEach(readings::add);
            if (!readings.isEmpty()) {
                score = Math.min(score, 0.9);
                why.add("reading " + String.join(", ", readings));
            }
            if (why.isEmpty()) {
                // Only fillers or punctuation differ ("Falun & Borlänge" and "Falun och Borlänge").
                return new Score(0.95, "the same name but for punctuation or filler words");
            }
            return new Score(score, "the same name " + String.join(", ", why));
        }
        return fuzzy(incoming, stored);
    }

    /** Weighted Sørensen–Dice over words, a word matching its most similar counterpart of at least 0.9. */
    private static Score fuzzy(NormalName a, NormalName b) {
        double shared = 0;
        List<String> common = new ArrayList<>();
        List<String> unused = new ArrayList<>(b.words());
        for (String word : a.words()) {
            String best = null;
            double bestSimilarity = 0;
            for (String other : unused) {
                double similarity = JARO_WINKLER.apply(word, other);
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = other;
                }
            }
            // Jaro-Winkler favours a shared prefix: "kristianstadsbyggen" is not "kristianstads".
            if (best != null && bestSimilarity >= WORD_MATCH
                    && Math.min(word.length(), best.length()) >= LENGTH_RATIO * Math.max(word.length(), best.length())) {
                unused.remove(best);
                shared += bestSimilarity * Math.min(weight(word, a), weight(best, b));
                common.add(word);
            }
        }
        double dice = 2 * shared / (total(a) + total(b));
        double score = Math.round(FUZZY_MAX * dice * 100) / 100.0;
        return new Score(score, common.isEmpty() ? "no word in common"
                : "similar names, sharing " + String.join(", ", common.stream().map(w -> "'" + w + "'").toList()));
    }

    private static double weight(String word, NormalName name) {
        return name.counties().contains(word) || NameRules.GENERIC.contains(word) ? 0.5 : 1.0;
    }

    private static double total(NormalName name) {
        return name.words().stream().mapToDouble(w -> weight(w, name)).sum();
    }

    private static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }

    private static String quoted(List<String> forms) {
        return String.join(", ", forms.stream().map(f -> "'" + f + "'").toList());
    }
}
