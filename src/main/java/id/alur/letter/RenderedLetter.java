package id.alur.letter;

/**
 * Both PDFs of one letter, rendered from its stored content: the copy handed out and the office's copy (arsip).
 *
 * @param issued the copy handed out, whose SHA-256 the verification page shows once stored
 * @param officeCopy the same letter marked "ARSIP" with the reviewers' paraf
 */
public record RenderedLetter(byte[] issued, byte[] officeCopy) {}
