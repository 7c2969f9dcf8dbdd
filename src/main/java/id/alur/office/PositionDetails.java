package id.alur.office;

/** What an administrator enters about a position; {@code rankOrder} 1 is the highest. */
public record PositionDetails(String title, Integer rankOrder, boolean frontDesk, boolean outsideParty) {}
