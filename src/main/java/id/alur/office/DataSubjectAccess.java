package id.alur.office;

import id.alur.platform.AlurUser;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditQuery;
import id.alur.platform.AuditRecord;
import id.alur.platform.AuditSubject;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NikStructure;
import id.alur.platform.PersonPseudonyms;
import id.alur.platform.PersonalDataSection;
import id.alur.platform.PersonalDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data subject's access (UU 27/2022 Pasal 32: within 3 × 24 hours the controller gives the person their personal
 * data and tells how it was processed): for a NIK, everything every module holds about the person
 * ({@link PersonalDataSource}) in the offices the administrator may read, and every record of the audit trail about
 * those applications and letters and about the person themselves (registry look-ups, {@link PersonPseudonyms}).
 * Producing it is itself on the trail.
 */
@Component
class DataSubjectAccess {

    /**
     * What is handed to the person. Each of the person's requests is listed once, with its answer: those this report
     * answers have {@code answeredAt} equal to {@code producedAt} (a separate list of their ids repeated them).
     */
    record Report(
            String nik,
            Instant producedAt,
            String producedBy,
            @Nullable List<String> offices,
            List<PersonalDataSection> sections,
            List<AuditRecord> processing,
            List<DataSubjectRequests.Request> requests) {}

    private final ObjectProvider<PersonalDataSource> sources;
    private final AuditReadings readings;
    private final AuditTrail audit;
    private final PersonPseudonyms persons;
    private final DataSubjectRequests requests;
    private final Clock clock;

    DataSubjectAccess(
            ObjectProvider<PersonalDataSource> sources,
            AuditReadings readings,
            AuditTrail audit,
            PersonPseudonyms persons,
            DataSubjectRequests requests,
            ObjectProvider<Clock> clock) {
        this.sources = sources;
        this.readings = readings;
        this.audit = audit;
        this.persons = persons;
        this.requests = requests;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The report on the person, recorded as {@code data-subject.exported} (the NIK only by its last four digits); it
     * answers the person's open requests in the register ({@link DataSubjectRequests#answer}).
     *
     * @param format {@code pdf} or {@code json}, for the record
     * @throws InvalidInputException on field {@code nik} when it is not 16 digits
     */
    @Transactional
    Report report(@Nullable String typedNik, String format, Locale locale) {
        String nik = typedNik == null ? "" : typedNik.strip();
        if (nik.length() != NikStructure.LENGTH || !nik.chars().allMatch(Character::isDigit)) {
            throw new InvalidInputException("nik", "office.dataSubject.nikInvalid");
        }
        List<String> offices = readings.readableOffices();
        List<PersonalDataSection> sections = sources.orderedStream()
                .sorted(Comparator.comparingInt(PersonalDataSource::order))
                .flatMap(source -> source.about(nik, offices, locale).stream())
                .toList();
        // the records about what the modules hold (applications, letters), and about the person themselves by
        // pseudonym: a registry look-up of the NIK is a processing also when nothing was found
        var subjects = new LinkedHashSet<AuditSubject>();
        subjects.add(persons.of(nik));
        sections.stream()
                .flatMap(section -> section.items().stream())
                .flatMap(item -> item.subjects().stream())
                .forEach(subjects::add);
        List<AuditRecord> processing = audit.find(
                AuditQuery.all(AuditQuery.MAX_LIMIT).inOffices(offices).aboutAny(List.copyOf(subjects)));
        AlurUser admin = AlurUser.current().orElseThrow();
        int items = sections.stream().mapToInt(s -> s.items().size()).sum();
        // the register of requests (UU 27/2022 Pasal 32 ayat 2): the report answers the person's open requests
        // as the database keeps it (microseconds), so that the requests answered now show the report's own time
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Long> answered = requests.answer(nik, offices, format, now);
        audit.record(AuditEvent.of("data-subject.exported")
                .about("data-subject", "NIK-…" + nik.substring(12))
                .inOffice(admin.officeCode())
                .detail(format + "; " + items + " items, " + processing.size() + " records of processing"
                        + (answered.isEmpty() ? "" : "; answers requests " + answered)));
        return new Report(nik, now, admin.username(), offices, sections, processing, requests.ofPerson(nik, offices));
    }
}
