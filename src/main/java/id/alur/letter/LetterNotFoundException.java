package id.alur.letter;

/** No letter (or letter setting) with that id in this office: a 404. */
public class LetterNotFoundException extends RuntimeException {

    public LetterNotFoundException(String what) {
        super("Not found: " + what);
    }

    /** The key in {@code i18n/letter.properties} of the message for the user. */
    public String messageKey() {
        return "letter.not-found";
    }
}
