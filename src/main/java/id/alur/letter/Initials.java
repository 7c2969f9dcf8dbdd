package id.alur.letter;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The applicant's initials, all the public verification page shows of them: enough to match a letter in hand,
 * nothing that identifies a person to a stranger.
 */
final class Initials {

    private Initials() {}

    /** "Siti Aminah Harahap" → "S. A. H."; academic titles after a comma are left out. */
    static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String beforeTitles = name.split(",", 2)[0];
        return Arrays.stream(beforeTitles.trim().split("[\\s.]+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .map(word -> new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))) + ".")
                .collect(Collectors.joining(" "));
    }
}
