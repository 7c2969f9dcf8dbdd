package id.alur.sop;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The identity block of an SOP. Dates may be absent: several seed SOPs leave them blank.
 *
 * @param institution instansi, e.g. "Pemerintah Kabupaten Rembang"
 * @param unit the unit or office that owns the SOP, e.g. "Dinas Sosial"
 * @param number nomor SOP as written (may be blank in the seeds)
 * @param name nama SOP
 */
public record SopHeader(
        @Nullable String institution,
        @Nullable String unit,
        @Nullable String number,
        String name,
        @Nullable LocalDate createdOn,
        @Nullable LocalDate revisedOn,
        @Nullable LocalDate effectiveOn,
        @Nullable LocalDate approvedOn,
        @Nullable Signatory approvedBy,
        List<String> legalBasis,
        List<String> qualifications,
        List<String> relatedSops,
        List<String> equipment,
        List<String> warnings,
        List<String> records) {

    public SopHeader {
        legalBasis = List.copyOf(legalBasis);
        qualifications = List.copyOf(qualifications);
        relatedSops = List.copyOf(relatedSops);
        equipment = List.copyOf(equipment);
        warnings = List.copyOf(warnings);
        records = List.copyOf(records);
    }
}
