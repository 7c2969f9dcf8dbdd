package id.alur.report.ledger;

import id.alur.casework.LedgerLine;
import id.alur.casework.PermohonanService;
import id.alur.letter.LetterService;
import id.alur.office.OfficeService;
import id.alur.office.UserView;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the buku kendali permohonan from casework's lines ({@link PermohonanService#ledger}), the letter numbers of
 * their cases ({@link LetterService#numbersByCase}, one query) and the receiving officers' names.
 */
@Service
class LedgerService {

    /** The most applications one ledger holds: beyond, the period is to be narrowed (the PDF stays printable). */
    static final int MAX_ROWS = 5000;

    /** The longest period one ledger covers. */
    static final int MAX_DAYS = 366;

    /** The rows of one page of the ledger on screen. */
    static final int PAGE_SIZE = 100;

    private final PermohonanService permohonan;
    private final LetterService letters;
    private final OfficeService offices;
    private final MessageSource messages;

    LedgerService(PermohonanService permohonan, LetterService letters, OfficeService offices, MessageSource messages) {
        this.permohonan = permohonan;
        this.letters = letters;
        this.offices = offices;
        this.messages = messages;
    }

    /** The period asked for: the current month of the office unless the dates say otherwise; bad dates are 422. */
    LocalDate[] period(String officeCode, @Nullable String from, @Nullable String to) {
        LocalDate today = offices.today(officeCode);
        var problems = new ArrayList<InputProblem>();
        LocalDate start = date("from", from, today.withDayOfMonth(1), problems);
        LocalDate end = date("to", to, today.withDayOfMonth(today.lengthOfMonth()), problems);
        if (problems.isEmpty() && end.isBefore(start)) {
            problems.add(InputProblem.ofField("to", "report.ledger.toBeforeFrom"));
        } else if (problems.isEmpty() && start.plusDays(MAX_DAYS).isBefore(end)) {
            problems.add(InputProblem.ofField("to", "report.ledger.periodTooLong", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate date(
            String field, @Nullable String text, LocalDate fallback, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.ofField(field, "report.ledger.badDate", text));
            return fallback;
        }
    }

    /**
     * The page number asked for (from 0, as the search's pages); bad text is 422 naming the field. A page past the
     * last is the last: a narrower period keeps its page link working.
     */
    static int pageNumber(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 0) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("page", "report.ledger.badPage", text);
    }

    /**
     * One page of the ledger, {@link #PAGE_SIZE} rows numbered within the whole period, and the period's total. The
     * page used to hold the whole period: 4,320 rows for one day at 1 M cases, 3-5 s a page, most of it rendering
     * and the letter numbers of every case (docs/benchmarks.md); the exports still hold the whole period.
     */
    @Transactional(readOnly = true)
    LedgerPage page(String officeCode, LocalDate from, LocalDate to, int page, Set<String> positions, Locale locale) {
        var office = offices.office(officeCode);
        var zone = office.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long total = permohonan.ledgerCount(officeCode, start, end);
        int last = total == 0 ? 0 : (int) ((total - 1) / PAGE_SIZE);
        int shown = Math.min(page, last);
        long offset = (long) shown * PAGE_SIZE;
        List<LedgerLine> lines =
                permohonan.ledger(officeCode, start, end, offset, PAGE_SIZE, positions, offices.today(officeCode));
        var ledger = new Ledger(officeCode, office.name(), from, to, rows(lines, zone, (int) offset + 1, locale));
        return new LedgerPage(ledger, shown, last + 1, total);
    }

    @Transactional(readOnly = true)
    Ledger ledger(String officeCode, LocalDate from, LocalDate to, Set<String> positions, Locale locale) {
        var office = offices.office(officeCode);
        var zone = office.zone();
        List<LedgerLine> lines = permohonan.ledger(
                officeCode,
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(),
                MAX_ROWS + 1,
                positions,
                offices.today(officeCode));
        if (lines.size() > MAX_ROWS) {
            throw new InvalidInputException("to", "report.ledger.tooMany", MAX_ROWS);
        }
        return new Ledger(officeCode, office.name(), from, to, rows(lines, zone, 1, locale));
    }

    /** The rows of these lines, numbered from {@code firstNo}: one query for their letter numbers, one per officer. */
    private List<LedgerRow> rows(List<LedgerLine> lines, ZoneId zone, int firstNo, Locale locale) {
        Map<Long, List<String>> numbers = letters.numbersByCase(lines.stream()
                .map(LedgerLine::workflowCaseId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        var officers = new HashMap<String, String>();
        var rows = new ArrayList<LedgerRow>();
        int no = firstNo;
        for (LedgerLine l : lines) {
            String officer = officers.computeIfAbsent(
                    l.submittedBy(),
                    u -> offices.findUser(u).map(UserView::fullName).orElse(u));
            rows.add(new LedgerRow(
                    no++,
                    l.submittedAt().atZone(zone).toLocalDateTime(),
                    l.trackingNumber(),
                    l.applicantName(),
                    l.nik(),
                    l.sopName(),
                    l.papersComplete(),
                    stepOrResult(l, locale),
                    l.closedAt() == null ? null : l.closedAt().atZone(zone).toLocalDate(),
                    l.workflowCaseId() == null ? List.of() : numbers.getOrDefault(l.workflowCaseId(), List.of()),
                    officer));
        }
        return rows;
    }

    private String stepOrResult(LedgerLine l, Locale locale) {
        if (l.activityNumber() != null) {
            return l.activityNumber() + ". " + l.activityName();
        }
        return l.state() == null ? "—" : messages.getMessage(l.state().messageKey(), null, locale);
    }
}
