package id.alur.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a source's extract holds which field, set once per source: DTSEN extracts from different years and
 * provinces name their columns differently. NIK, name and desil are required; the others may be absent from a source.
 *
 * @param nik the column of the Nomor Induk Kependudukan
 * @param familyNumber the column of the No. KK, or {@code null}
 * @param name the column of the name
 * @param desil the column of the welfare decile (1–10, DTSEN since Inpres 4/2025)
 * @param regionCode the column of the region code, or {@code null}
 * @param status the column of the registry status (e.g. active, deceased), or {@code null}
 */
public record RegistryColumns(
        String nik,
        @Nullable String familyNumber,
        String name,
        String desil,
        @Nullable String regionCode,
        @Nullable String status) {

    /** The column names of the DTSEN extract as offices receive it from the dinas provinsi. */
    public static RegistryColumns dtsenDefaults() {
        return new RegistryColumns("NIK", "NO_KK", "NAMA", "DESIL", "KODE_WILAYAH", "STATUS");
    }

    /** The mapped columns by the field they hold, in the order of the fields. */
    Map<String, String> byField() {
        var columns = new LinkedHashMap<String, String>();
        columns.put("nik", nik);
        if (familyNumber != null) {
            columns.put("familyNumber", familyNumber);
        }
        columns.put("name", name);
        columns.put("desil", desil);
        if (regionCode != null) {
            columns.put("regionCode", regionCode);
        }
        if (status != null) {
            columns.put("status", status);
        }
        return columns;
    }
}
