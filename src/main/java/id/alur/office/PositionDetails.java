package id.alur.office;

import org.jspecify.annotations.Nullable;

/** What an administrator enters about a position; {@code rankOrder} 1 is the highest. */
public record PositionDetails(
        @Nullable String title, @Nullable Integer rankOrder, boolean frontDesk, boolean outsideParty) {}
