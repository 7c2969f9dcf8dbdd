package id.alur.letter;

/**
 * The outcome of comparing an uploaded PDF with the one issued under a verification code: equal only if the SHA-256
 * of every byte matches.
 */
public record PdfCheck(boolean matches, String uploadedSha256, LetterVerification letter) {}
