package id.alur.letter;

/** A letter was numbered and issued when its SOP's signing step completed. */
public record LetterIssued(LetterId id, String officeCode, LetterKind kind, String number, long caseId) {}
