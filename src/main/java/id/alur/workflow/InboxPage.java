package id.alur.workflow;

import java.util.List;

/** A page of an inbox, oldest step first. */
public record InboxPage(List<InboxRow> rows, int page, int size, boolean hasMore) {

    public InboxPage {
        rows = List.copyOf(rows);
    }
}
