package id.alur.office;

import id.alur.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of data-subject requests through the API (UU 27/2022 Pasal 32 ayat 2, issue 14 follow-up): what
 * {@code /admin/subjek-data} lists, for the same administrators — a system administrator every office's requests, an
 * office administrator those of the offices they read; another office answers 404, a probe on record. The NIK is not
 * in the register, only its last four digits.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE_ADMIN')")
@Tag(name = "Data subjects", description = "The register of data-subject requests and their 3 × 24-hour due times")
class DataSubjectApiController {

    static final int MAX_SIZE = 500;

    /** One request; {@code late} when past its due time unanswered, or answered after it. */
    record RequestEntry(
            long id,
            String officeCode,
            String requester,
            String nikLast4,
            DataSubjectRequests.Channel channel,
            Instant receivedAt,
            String recordedBy,
            Instant dueAt,
            @Nullable Instant answeredAt,
            @Nullable String answeredBy,
            @Nullable String answerFormat,
            boolean late) {}

    private final DataSubjectRequests requests;
    private final AuditReadings readings;
    private final ResourceOfficeGuard guard;
    private final Clock clock;

    DataSubjectApiController(
            DataSubjectRequests requests,
            AuditReadings readings,
            ResourceOfficeGuard guard,
            ObjectProvider<Clock> clock) {
        this.requests = requests;
        this.readings = readings;
        this.guard = guard;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/api/data-subject-requests")
    @Operation(
            summary = "The register of data-subject requests, newest first: every office's for a system administrator,"
                    + " the read offices' for an office administrator")
    List<RequestEntry> list(
            @Parameter(description = "an office code; none for every office the caller reads")
                    @RequestParam(required = false)
                    @Nullable
                    String office,
            @Parameter(description = "requests at most, 1 to 500") @RequestParam(defaultValue = "200") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "office.dataSubject.request.sizeInvalid", MAX_SIZE);
        }
        List<String> offices = readings.readableOffices();
        if (office != null && !office.isBlank()) {
            String code = office.strip();
            if (offices != null && !offices.contains(code)) {
                guard.requireAdministrable(code, "data-subject-requests " + code);
            }
            offices = List.of(code);
        }
        Instant now = clock.instant();
        return requests.list(offices, size).stream()
                .map(r -> new RequestEntry(
                        r.id(),
                        r.officeCode(),
                        r.requester(),
                        r.nikLast4(),
                        r.channel(),
                        r.receivedAt(),
                        r.recordedBy(),
                        r.dueAt(),
                        r.answeredAt(),
                        r.answeredBy(),
                        r.answerFormat(),
                        r.late(now)))
                .toList();
    }
}
