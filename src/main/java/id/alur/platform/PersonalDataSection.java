package id.alur.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One kind of thing held about a person (their applications, their letters), each item with its labelled fields:
 * what the data-subject report prints as PDF and writes as JSON.
 *
 * @param title in the reader's language
 */
public record PersonalDataSection(String title, List<Item> items) {

    public PersonalDataSection {
        items = List.copyOf(items);
    }

    /** One application, letter or registry row; {@code subjects} are the audit trail's objects it is recorded as. */
    public record Item(String heading, @Nullable String officeCode, List<Field> fields, List<AuditSubject> subjects) {

        public Item {
            fields = List.copyOf(fields);
            subjects = List.copyOf(subjects);
        }
    }

    /** A label and its value, both as text in the reader's language. */
    public record Field(String label, String value) {}
}
