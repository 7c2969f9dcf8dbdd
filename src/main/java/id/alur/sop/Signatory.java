package id.alur.sop;

/** The official who approves (disahkan oleh) an SOP: position, name, rank and civil-servant number. */
public record Signatory(String position, String name, String rank, String nip) {}
