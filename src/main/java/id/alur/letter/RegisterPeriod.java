package id.alur.letter;

import java.time.LocalDate;

/** A period of the register (buku agenda surat keluar), both days included, in the office's calendar. */
public record RegisterPeriod(LocalDate from, LocalDate to) {

    /** The longest period one register page or export covers. */
    public static final int MAX_DAYS = 366 * 2;

    public RegisterPeriod {
        if (from == null) {
            throw new InvalidLetterInputException("from", "letter.register.date-required");
        }
        if (to == null) {
            throw new InvalidLetterInputException("to", "letter.register.date-required");
        }
        if (to.isBefore(from)) {
            throw new InvalidLetterInputException("to", "letter.register.to-before-from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidLetterInputException("to", "letter.register.too-long", MAX_DAYS);
        }
    }

    public static RegisterPeriod year(int year) {
        return new RegisterPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
