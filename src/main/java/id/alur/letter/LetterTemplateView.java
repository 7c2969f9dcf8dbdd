package id.alur.letter;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of one letter kind of an office, as its admin edits it.
 *
 * @param standard true while the office has not written its own (the standard body of the kind is shown)
 * @param version the version read, for optimistic locking (0 when there is none stored yet)
 * @param placeholders what the body may use, each with the message key of its description
 */
public record LetterTemplateView(
        String officeCode,
        LetterKind kind,
        String body,
        boolean standard,
        int version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        List<Placeholder> placeholders) {

    /** A placeholder as the editor lists it: {@code {{name}}}, and whether it stands for a table on its own line. */
    public record Placeholder(String name, String messageKey, boolean table) {

        public String written() {
            return "{{" + name + "}}";
        }
    }

    /** The kinds whose body an office writes (every kind but the Lembar Disposisi, a form). */
    public static List<LetterKind> kinds() {
        return LetterTemplate.KINDS;
    }
}
