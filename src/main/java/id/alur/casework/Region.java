package id.alur.casework;

/**
 * One administrative region of the official code list (Kepmendagri No. 300.2.2-2138 Tahun 2025).
 *
 * @param code dotted code: province {@code 33}, kabupaten/kota {@code 33.17}, kecamatan {@code 33.17.01},
 *     desa/kelurahan {@code 33.17.01.2001}
 */
public record Region(String code, String name) {

    public Level level() {
        return Level.ofCode(code);
    }

    /** The four tiers of Indonesian administration, from the code's length. */
    public enum Level {
        PROVINCE(2),
        REGENCY(5),
        DISTRICT(8),
        VILLAGE(13);

        private final int codeLength;

        Level(int codeLength) {
            this.codeLength = codeLength;
        }

        static Level ofCode(String code) {
            for (Level level : values()) {
                if (level.codeLength == code.length()) {
                    return level;
                }
            }
            throw new IllegalArgumentException("Not a region code: " + code);
        }
    }
}
