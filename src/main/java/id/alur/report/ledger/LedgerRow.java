package id.alur.report.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the buku kendali permohonan, its texts already in the reader's language.
 *
 * @param no the running number within the period
 * @param stepOrResult the open step ("2. Verifikasi") or where the case ended or waits ("Selesai")
 */
record LedgerRow(
        int no,
        LocalDateTime received,
        String trackingNumber,
        String applicant,
        String nik,
        String service,
        boolean papersComplete,
        String stepOrResult,
        @Nullable LocalDate finished,
        List<String> letterNumbers,
        String officer) {

    public String letters() {
        return String.join(", ", letterNumbers);
    }
}
