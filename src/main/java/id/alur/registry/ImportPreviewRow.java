package id.alur.registry;

import org.jspecify.annotations.Nullable;

/** One of the first good rows of an upload, shown before the commit. */
record ImportPreviewRow(
        int row,
        String nik,
        String name,
        int desil,
        @Nullable String familyNumber,
        @Nullable String regionCode,
        @Nullable String status) {}
