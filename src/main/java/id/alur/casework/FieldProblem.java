package id.alur.casework;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing wrong (or worth a second look) with one field of a form or API request.
 *
 * @param field the form field, e.g. {@code applicant.nik}, {@code checklist[2].scan},
 *     {@code householdMembers[1].nik}
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

    /**
     * Names this problem so that a user can acknowledge exactly this warning: a confirmation given for one warning
     * does not carry over to a different one that appears after the form was changed.
     */
    public String token() {
        return field + "|" + messageKey + "|"
                + args.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }
}
