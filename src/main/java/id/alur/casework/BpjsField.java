package id.alur.casework;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a column of the usulan file to BPJS Kesehatan may hold, with the header it has unless the office renames it. The
 * defaults are the columns of the issue (NIK, No. KK, name, birth date, sex, address, faskes); the tracking number and
 * the village are there for offices whose BPJS branch asks for them.
 */
enum BpjsField {
    NIK("NIK"),
    NO_KK("NO_KK"),
    NAMA("NAMA"),
    TANGGAL_LAHIR("TGL_LAHIR"),
    JENIS_KELAMIN("JENIS_KELAMIN"),
    ALAMAT("ALAMAT"),
    FASKES("FASKES"),
    DESA("DESA_KELURAHAN"),
    NOMOR_PERMOHONAN("NO_PERMOHONAN");

    /** Dates as BPJS's spreadsheets write them, {@code dd-MM-yyyy}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final String defaultHeader;

    BpjsField(String defaultHeader) {
        this.defaultHeader = defaultHeader;
    }

    public String defaultHeader() {
        return defaultHeader;
    }

    public String messageKey() {
        return "casework.bpjs.field." + name();
    }

    /** Whether the column is in the default layout. */
    boolean byDefault() {
        return this != DESA && this != NOMOR_PERMOHONAN;
    }

    /**
     * The cell of this column for a person of a permohonan: the person's NIK, name, birth date, sex and faskes; the KK,
     * address and village are the household's, the applicant's. The faskes is the one chosen at intake, else the
     * batch's (the office's default when the batch was made).
     */
    String value(PermohonanView permohonan, BpjsPerson person, @Nullable String defaultFaskes) {
        var applicant = permohonan.applicant();
        return switch (this) {
            case NIK -> person.nik();
            case NO_KK -> applicant.familyCardNumber();
            case NAMA -> person.name();
            case TANGGAL_LAHIR -> DATE.format(person.birthDate());
            // BPJS's forms write the sex as L / P (laki-laki, perempuan)
            case JENIS_KELAMIN -> person.sex() == Sex.FEMALE ? "P" : "L";
            case ALAMAT -> applicant.address();
            case FASKES -> person.faskes() != null ? person.faskes() : defaultFaskes == null ? "" : defaultFaskes;
            case DESA -> applicant.villageName();
            case NOMOR_PERMOHONAN -> permohonan.trackingNumber();
        };
    }

    static Optional<BpjsField> of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }
}
