package id.alur.sop;

import org.jspecify.annotations.Nullable;

/** The official who approves (disahkan oleh) an SOP: position, name, rank and civil-servant number. */
public record Signatory(
        @Nullable String position,
        @Nullable String name,
        @Nullable String rank,
        @Nullable String nip) {}
