package id.alur.casework;

import id.alur.office.CurrentOfficer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The permohonan API's search: the page {@code /permohonan}'s search for other systems, bound to the caller's office
 * as the page is. Apart from {@link PermohonanApiController}, which serves one permohonan and the actions on it.
 */
@RestController
@RequestMapping("/api/permohonan")
@Tag(name = "Permohonan", description = "Applications: intake, look-up, scans, and the actions on their steps")
@PreAuthorize("hasRole('OFFICER')")
class PermohonanSearchApiController {

    private final PermohonanSearch search;

    PermohonanSearchApiController(PermohonanSearch search) {
        this.search = search;
    }

    /** One application found: {@code status} is the search's state code ({@code proses}, {@code dikembalikan} …). */
    record SearchHit(
            long id,
            String trackingNumber,
            String sopCode,
            String sopName,
            String nik,
            String applicantName,
            Instant submittedAt,
            String submittedBy,
            @Nullable Instant closedAt,
            @Nullable String status,
            @Nullable Integer currentActivity,
            @Nullable String currentActivityName,
            @Nullable String holder,
            @Nullable Instant dueAt,
            boolean overdue) {

        static SearchHit of(PermohonanHit h) {
            return new SearchHit(
                    h.id().value(),
                    h.trackingNumber(),
                    h.sopCode(),
                    h.sopName(),
                    h.nik(),
                    h.applicantName(),
                    h.submittedAt(),
                    h.submittedBy(),
                    h.closedAt(),
                    h.state() == null ? null : h.state().code(),
                    h.activityNumber(),
                    h.activityName(),
                    h.holder(),
                    h.dueAt(),
                    h.overdue());
        }
    }

    /**
     * A page of applications found.
     *
     * @param total how many match, counted up to 1,000; {@code totalIsLowerBound} when there are more
     */
    record SearchResponse(
            List<SearchHit> items, int page, int size, boolean hasMore, long total, boolean totalIsLowerBound) {}

    @GetMapping(params = "!trackingNumber")
    @Operation(
            summary = "Find applications of the caller's office",
            description = "The search of the page /permohonan. q is a tracking number, a whole NIK or KK number, the"
                    + " NIK's last 4-15 digits, or part of the applicant's name (case and accents ignored). The NIK is"
                    + " masked unless the caller's position works with it. Bad parameters answer 422 naming each.")
    @ApiResponse(responseCode = "422", description = "A parameter is invalid (errors[].field names it)")
    SearchResponse search(
            CurrentOfficer officer,
            @Parameter(description = "tracking number, NIK/KK (whole), NIK's last digits, or part of a name")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "the service (SOP code)") @RequestParam(required = false) String sopCode,
            @Parameter(description = "proses, dikembalikan, pihak-luar, siap-diserahkan, ditolak, dicabut, selesai")
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "the current step's activity number") @RequestParam(required = false) String step,
            @Parameter(description = "only cases whose open step is past its due time")
                    @RequestParam(defaultValue = "false")
                    boolean overdue,
            @Parameter(description = "received on or after (yyyy-MM-dd)") @RequestParam(required = false) String from,
            @Parameter(description = "received on or before (yyyy-MM-dd)") @RequestParam(required = false) String to,
            @Parameter(description = "username of the officer who received it") @RequestParam(required = false)
                    String petugas,
            @Parameter(description = "terbaru (default), terlama, nama") @RequestParam(required = false) String sort,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page) {
        var query = PermohonanQuery.parse(q, sopCode, status, step, overdue, from, to, petugas, sort, page);
        var found = search.search(officer, query, Instant.now());
        return new SearchResponse(
                found.hits().stream().map(SearchHit::of).toList(),
                found.page(),
                found.size(),
                found.hasMore(),
                found.total(),
                found.totalIsLowerBound());
    }
}
