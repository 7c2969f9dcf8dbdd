package id.alur.casework;

/** A stored scan with its bytes, to be served inline. */
public record DocumentFile(DocumentView view, byte[] content) {}
