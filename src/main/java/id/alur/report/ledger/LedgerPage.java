package id.alur.report.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the buku kendali on screen: its rows (numbered within the whole period), which page it is (from 0), how
 * many pages and applications the period holds, and the page links an office user expects of a ledger kept in
 * hundreds of pages: the first, the last and a few either side of this one.
 */
record LedgerPage(Ledger ledger, int page, int pages, long total) {

    /** The pages linked on each side of the current one. */
    static final int WINDOW = 2;

    /**
     * A page link: a page number (from 0) and whether it is the page shown, or a gap between the first or last page
     * and the window around the page shown.
     */
    record Link(int page, boolean current, boolean gap) {

        /** The number a reader sees, from 1. */
        public int number() {
            return page + 1;
        }
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    /** The row number of the first row of this page within the period, 0 when the period is empty. */
    public long firstRow() {
        return ledger.rows().isEmpty() ? 0 : ledger.rows().getFirst().no();
    }

    /** The row number of the last row of this page within the period, 0 when the period is empty. */
    public long lastRow() {
        return ledger.rows().isEmpty() ? 0 : ledger.rows().getLast().no();
    }

    /**
     * The links in order: the first page, the pages within {@link #WINDOW} of this one, the last page, with a gap
     * where pages are left out (a gap of one page is that page's link instead: "1 … 3" would hide only page 2).
     */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        int from = Math.max(0, page - WINDOW);
        int to = Math.min(pages - 1, page + WINDOW);
        if (from <= 2) {
            from = 0;
        }
        if (to >= pages - 3) {
            to = pages - 1;
        }
        if (from > 0) {
            links.add(new Link(0, false, false));
            links.add(new Link(-1, false, true));
        }
        for (int p = from; p <= to; p++) {
            links.add(new Link(p, p == page, false));
        }
        if (to < pages - 1) {
            links.add(new Link(-1, false, true));
            links.add(new Link(pages - 1, false, false));
        }
        return links;
    }
}
