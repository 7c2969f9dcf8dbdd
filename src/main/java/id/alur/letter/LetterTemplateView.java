package id.alur.letter;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of one letter kind of an office, or of one SOP of the office, as its admin edits it.
 *
 * @param sopCode the SOP whose own body this is, {@code null} for the office's body for every SOP
 * @param sopName the SOP's name for the editor's title, {@code null} for the office's body
 * @param standard true while nothing is stored at this level: the office's body shows the standard one of the kind,
 *     an SOP's body what its letters take without one (the office's body, else the standard one)
 * @param officeBody for an SOP's body not written yet: whether what its letters take is the office's own body (else
 *     the standard one)
 * @param version the version read, for optimistic locking (0 when there is none stored yet)
 * @param placeholders what the body may use, each with the message key of its description
 */
public record LetterTemplateView(
        String officeCode,
        @Nullable String sopCode,
        @Nullable String sopName,
        LetterKind kind,
        String body,
        boolean standard,
        boolean officeBody,
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
