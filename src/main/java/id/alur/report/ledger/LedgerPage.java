package id.alur.report.ledger;

/**
 * One page of the buku kendali on screen: its rows (numbered within the whole period), which page it is (from 0), how
 * many pages and applications the period holds.
 */
record LedgerPage(Ledger ledger, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }
}
