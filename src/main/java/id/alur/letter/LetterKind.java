package id.alur.letter;

/**
 * The letters the seed SOPs produce (their Mutu Baku outputs), and a service letter for any other. Each kind has its own template, its own numbering
 * sequence per office and year, and its own message key for its name.
 */
public enum LetterKind {
    /** Surat Pengantar to BPJS Kesehatan (seeds 000, 001, 002). */
    SURAT_PENGANTAR("surat-pengantar"),
    /** Surat Rekomendasi Berobat (seed 003). */
    SURAT_REKOMENDASI_BEROBAT("surat-rekomendasi-berobat"),
    /** Lembar Verifikasi dan Persetujuan (seed 004). */
    LEMBAR_VERIFIKASI("lembar-verifikasi"),
    /** Tanda Terima given at intake (every office). */
    TANDA_TERIMA("tanda-terima"),
    /** Lembar Disposisi where the SOP has a disposition step. */
    LEMBAR_DISPOSISI("lembar-disposisi"),
    /** Surat Penolakan: the optional letter of an office for an application ended as refused (tidak: tolak). */
    SURAT_PENOLAKAN("surat-penolakan"),
    /**
     * The letter of a service whose output is none of the kinds above (a Surat Keterangan, Surat Jaminan, Berita Acara
     * ...): titled by its setting's Perihal, with the office's own body (issue 12 follow-up, {@link LetterOutputs}).
     */
    SURAT_LAYANAN("surat-layanan");

    private final String slug;

    LetterKind(String slug) {
        this.slug = slug;
    }

    /** The kind's name in URLs, template file names and message keys, e.g. {@code surat-pengantar}. */
    public String slug() {
        return slug;
    }

    /** The message key of the kind's name, e.g. {@code letter.kind.surat-pengantar}. */
    public String messageKey() {
        return "letter.kind." + slug;
    }

    /** The kind whose {@link #slug()} is given. */
    public static LetterKind ofSlug(String slug) {
        for (LetterKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown letter kind: " + slug);
    }
}
