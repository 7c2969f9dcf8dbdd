package id.alur.casework;

import id.alur.casework.DocumentContent.Verdict;

/**
 * Where a PNG or JPEG really ends, walked from its structure: anything behind it (a ZIP, a script, a second file of a
 * polyglot) is trailing data, which a decoder never looks at and so never complains about.
 */
final class ImageEnd {

    private ImageEnd() {}

    /** PNG (ISO/IEC 15948 §5): the signature, then chunks of length, type, data and CRC up to {@code IEND}. */
    static Verdict png(byte[] bytes) {
        int at = 8;
        while (at + 12 <= bytes.length) {
            long length = ((bytes[at] & 0xffL) << 24)
                    | ((bytes[at + 1] & 0xff) << 16)
                    | ((bytes[at + 2] & 0xff) << 8)
                    | (bytes[at + 3] & 0xff);
            boolean end = bytes[at + 4] == 'I' && bytes[at + 5] == 'E' && bytes[at + 6] == 'N' && bytes[at + 7] == 'D';
            long next = at + 12L + length;
            if (next > bytes.length) {
                return Verdict.DAMAGED;
            }
            if (end) {
                return next == bytes.length ? Verdict.WHOLE : Verdict.TRAILING_DATA;
            }
            at = (int) next;
        }
        return Verdict.DAMAGED;
    }

    /**
     * JPEG (ITU-T T.81 Annex B): markers with their segments, entropy-coded data after each start of scan, up to the
     * end-of-image marker. A further image right behind it (a camera's multi-picture file) is walked the same way.
     */
    static Verdict jpeg(byte[] bytes) {
        int at = 2; // after SOI
        while (at < bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                return Verdict.DAMAGED;
            }
            while (at < bytes.length && (bytes[at] & 0xff) == 0xff) {
                at++; // fill bytes
            }
            if (at >= bytes.length) {
                return Verdict.DAMAGED;
            }
            int marker = bytes[at++] & 0xff;
            if (marker == 0xd9) { // EOI
                if (at == bytes.length) {
                    return Verdict.WHOLE;
                }
                if (at + 1 < bytes.length && (bytes[at] & 0xff) == 0xff && (bytes[at + 1] & 0xff) == 0xd8) {
                    at += 2;
                    continue;
                }
                return Verdict.TRAILING_DATA;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // standalone markers
            }
            if (at + 2 > bytes.length) {
                return Verdict.DAMAGED;
            }
            int length = ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
            if (length < 2 || at + length > bytes.length) {
                return Verdict.DAMAGED;
            }
            at += length;
            if (marker == 0xda) { // SOS: entropy-coded data up to the next marker that is not a stuffed byte or RST
                while (at + 1 < bytes.length) {
                    if ((bytes[at] & 0xff) == 0xff) {
                        int next = bytes[at + 1] & 0xff;
                        if (next != 0x00 && next != 0xff && !(next >= 0xd0 && next <= 0xd7)) {
                            break;
                        }
                    }
                    at++;
                }
                if (at + 1 >= bytes.length) {
                    return Verdict.DAMAGED;
                }
            }
        }
        return Verdict.DAMAGED;
    }
}
