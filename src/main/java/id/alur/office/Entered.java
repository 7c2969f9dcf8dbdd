package id.alur.office;

import org.jspecify.annotations.Nullable;

/** Text as an administrator entered it, made ready to store. */
final class Entered {

    private Entered() {}

    /** Trimmed; {@code null} when nothing but blanks was entered. */
    static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
