package id.alur.letter;

import id.alur.platform.InvalidInputException;

/**
 * Bad input to the letter module (a settings form, a numbering pattern, a logo, a revocation): names the field and
 * carries the message key and its arguments, so the form is shown again with the error (422) and nothing is saved.
 */
public class InvalidLetterInputException extends InvalidInputException {

    public InvalidLetterInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** The form field at fault, e.g. {@code pattern} or {@code logo}. */
    public String field() {
        return problems().getFirst().field();
    }
}
