package id.alur.casework;

import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the office looks for among its applications (docs/casework.md "Search"); every part is optional.
 *
 * @param text a tracking number, a whole NIK or KK number, the NIK's last 4–15 digits, or part of the applicant's name
 * @param sopCode the service
 * @param state where the case stands
 * @param activityNumber the current step (its activity number in the service's SOP)
 * @param overdueOnly only cases whose open step is past its due time
 * @param from received on or after this day (the office's calendar day)
 * @param to received on or before this day
 * @param officer the username of the officer who received it
 * @param page from 0
 */
public record PermohonanQuery(
        @Nullable String text,
        @Nullable String sopCode,
        @Nullable SearchState state,
        @Nullable Integer activityNumber,
        boolean overdueOnly,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String officer,
        SearchSort sort,
        int page) {

    /** The deepest page: past it, narrow the search (offset paging costs the skipped rows). */
    public static final int MAX_PAGE = 199;

    /** Every application of the office, newest first. */
    public static PermohonanQuery all() {
        return new PermohonanQuery(null, null, null, null, false, null, null, null, SearchSort.NEWEST, 0);
    }

    /** The query as typed into the page or the API; every bad part is named by its parameter (422). */
    public static PermohonanQuery parse(
            @Nullable String q,
            @Nullable String sopCode,
            @Nullable String status,
            @Nullable String step,
            boolean overdue,
            @Nullable String from,
            @Nullable String to,
            @Nullable String officer,
            @Nullable String sort,
            int page) {
        var problems = new ArrayList<InputProblem>();
        String text = blankToNull(q);
        if (text != null) {
            var kind = SearchText.of(text);
            if (kind.kind() == SearchText.Kind.TOO_SHORT) {
                problems.add(InputProblem.ofField("q", "casework.search.tooShort"));
            } else if (text.length() > 150) {
                problems.add(InputProblem.ofField("q", "casework.search.tooLong", 150));
            }
        }
        SearchState state = null;
        String statusCode = blankToNull(status);
        if (statusCode != null) {
            state = SearchState.ofCode(statusCode.toLowerCase(Locale.ROOT)).orElse(null);
            if (state == null) {
                problems.add(InputProblem.ofField("status", "casework.search.badStatus", statusCode));
            }
        }
        Integer activity = null;
        String stepText = blankToNull(step);
        if (stepText != null) {
            try {
                activity = Integer.valueOf(stepText);
                if (activity < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(InputProblem.ofField("step", "casework.search.badStep", stepText));
                activity = null;
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(InputProblem.ofField("to", "casework.search.toBeforeFrom"));
        }
        SearchSort order = SearchSort.NEWEST;
        String sortCode = blankToNull(sort);
        if (sortCode != null) {
            order = SearchSort.ofCode(sortCode).orElse(null);
            if (order == null) {
                problems.add(InputProblem.ofField("sort", "casework.search.badSort", sortCode));
                order = SearchSort.NEWEST;
            }
        }
        if (page < 0 || page > MAX_PAGE) {
            problems.add(InputProblem.ofField("page", "casework.search.badPage", MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PermohonanQuery(
                text,
                blankToNull(sopCode),
                state,
                activity,
                overdue,
                fromDate,
                toDate,
                blankToNull(officer),
                order,
                page);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<InputProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.ofField(field, "casework.search.badDate", text));
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
