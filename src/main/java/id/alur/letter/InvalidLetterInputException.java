package id.alur.letter;

import java.util.List;

/**
 * Bad input to the letter module (a settings form, a numbering pattern, a logo, a revocation): names the field and
 * carries the message key and its arguments, so the form is shown again with the error (422) and nothing is saved.
 */
public class InvalidLetterInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidLetterInputException(String field, String messageKey, Object... arguments) {
        super("Invalid " + field + ": " + messageKey + " " + List.of(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The form field at fault, e.g. {@code pattern} or {@code logo}. */
    public String field() {
        return field;
    }

    /** The key in {@code i18n/letter.properties} of the message for the user. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
