package id.alur.casework;

import java.util.List;

/**
 * One thing wrong (or worth a second look) with one field of a form or API request.
 *
 * @param field the form field, e.g. {@code nik}, {@code documents[2]}, {@code householdMembers[1].nik}
 * @param messageKey the key in {@code i18n/casework.properties} that explains it to the user
 * @param args the arguments of that message
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
