package id.alur.letter;

import id.alur.platform.NotFoundException;

/** No letter (or letter setting) with that id: a 404. */
public class LetterNotFoundException extends NotFoundException {

    public LetterNotFoundException(String what) {
        super("Not found: " + what, "letter.not-found");
    }
}
