package id.alur.report.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The buku kendali permohonan of an office for a period: every application received from {@code from} to {@code to}
 * (the office's calendar days), in the order received.
 */
record Ledger(String officeCode, String officeName, LocalDate from, LocalDate to, List<LedgerRow> rows) {

    Ledger {
        rows = List.copyOf(rows);
    }
}
