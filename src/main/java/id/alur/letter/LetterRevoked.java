package id.alur.letter;

/** An admin revoked an issued letter; its number stays used and the verification page says "dicabut". */
public record LetterRevoked(LetterId id, String officeCode, String number, String reason, String revokedBy) {}
