package id.alur.letter;

/** The id of an issued letter. */
public record LetterId(long value) {}
