package id.alur.platform;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a module holds about one person, for the data subject's access (UU 27/2022 Pasal 32: the controller gives the
 * subject access to their personal data and its processing within 3 × 24 hours). Casework (applications, household,
 * notes, documents, contact), letter (letters) and registry (DTSEN/DTKS rows) implement it; the office module's
 * data-subject page asks every implementation, so no module reaches into the others (DESIGN.md §3).
 */
public interface PersonalDataSource {

    /**
     * The sections this module holds about the person with this NIK, texts in {@code locale}.
     *
     * @param offices the offices whose data the asking administrator may read; {@code null} for all
     */
    List<PersonalDataSection> about(String nik, @Nullable List<String> offices, Locale locale);

    /** The order of the sections in the report: casework first, then letter, then registry. */
    default int order() {
        return 0;
    }
}
