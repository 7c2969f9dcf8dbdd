package id.alur.report.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The buku kendali's page links: a day at 1 M cases is 44 pages of 100, so the office user gets the first and the
 * last page, two either side of the one shown, and gaps between them, not 44 links nor only previous and next.
 */
class LedgerPageTests {

    /** Page {@code page} (from 0) of a period of {@code total} applications, as LedgerService builds it. */
    static LedgerPage page(int page, long total) {
        int pages = (int) ((total + LedgerService.PAGE_SIZE - 1) / LedgerService.PAGE_SIZE);
        var rows = new ArrayList<LedgerRow>();
        long first = (long) page * LedgerService.PAGE_SIZE + 1;
        for (long no = first; no <= Math.min(total, first + LedgerService.PAGE_SIZE - 1); no++) {
            rows.add(new LedgerRow(
                    (int) no,
                    LocalDateTime.of(2025, 1, 7, 8, 0),
                    "ALR-2025-" + no,
                    "Pemohon " + no,
                    "3317••••••••0001",
                    "KIS",
                    true,
                    "Selesai",
                    null,
                    List.of(),
                    "Petugas"));
        }
        var day = LocalDate.of(2025, 1, 7);
        return new LedgerPage(new Ledger("rembang", "Dinas Sosial", day, day, rows), page, pages, total);
    }

    /** The links as read: "5" a link to page number 5, "[6]" the page shown, "…" a gap. */
    static String links(LedgerPage page) {
        return page.links().stream()
                .map(l -> l.gap() ? "…" : l.current() ? "[" + l.number() + "]" : Integer.toString(l.number()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void linksTheFirstAndLastPageAndTwoEitherSideOfTheOneShown() {
        assertThat(links(page(19, 4320))).isEqualTo("1 … 18 19 [20] 21 22 … 44");
    }

    @Test
    void nearTheStartOrTheEndTheWindowReachesTheFirstOrLastPageWithoutAGap() {
        assertThat(links(page(0, 4320))).isEqualTo("[1] 2 3 … 44");
        assertThat(links(page(2, 4320))).isEqualTo("1 2 [3] 4 5 … 44");
        assertThat(links(page(43, 4320))).isEqualTo("1 … 42 43 [44]");
        assertThat(links(page(41, 4320))).isEqualTo("1 … 40 41 [42] 43 44");
    }

    @Test
    void aGapOfOnePageIsThatPagesLink() {
        // "1 … 3" would hide only page 2
        assertThat(links(page(3, 4320))).isEqualTo("1 2 3 [4] 5 6 … 44");
        assertThat(links(page(40, 4320))).isEqualTo("1 … 39 40 [41] 42 43 44");
    }

    @Test
    void aFewPagesAreAllLinked() {
        assertThat(links(page(1, 101))).isEqualTo("1 [2]");
        assertThat(links(page(2, 500))).isEqualTo("1 2 [3] 4 5");
    }

    @Test
    void theRowsShownAreCountedWithinThePeriod() {
        var last = page(43, 4320);
        assertThat(last.firstRow()).isEqualTo(4301);
        assertThat(last.lastRow()).isEqualTo(4320);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        var empty = page(0, 0);
        assertThat(empty.firstRow()).isZero();
        assertThat(empty.links()).isEmpty();
    }
}
