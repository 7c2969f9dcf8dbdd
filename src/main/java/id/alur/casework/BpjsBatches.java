package id.alur.casework;

import id.alur.casework.BpjsRepository.Batch;
import id.alur.office.CurrentOfficer;
import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InvalidInputException;
import id.alur.platform.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usulan to BPJS Kesehatan (issue 16 item 3): the cases waiting at an outside party's step go out as a numbered
 * batch whose file has the office's column layout, one row per person each case proposes for a KIS (the applicant and
 * the household members marked at intake, {@link KisProposals}); the batch remembers each person of each case and the
 * step it was sent for, and a case in an open batch is not put in another (a unique index, V6_200 and V14_1). Every download of a batch file is on the audit
 * trail: it carries the applicants' personal data out of the system (UU 27/2022).
 */
@Service
class BpjsBatches {

    /** Cases in one batch at most: a KC's upload takes a few hundred rows; the rest go in the next batch. */
    static final int MAX_CASES = 1000;

    /** A batch file: its name, its bytes, its content type. */
    record BatchFile(String fileName, byte[] content, String contentType) {}

    private final BpjsRepository repository;
    private final BpjsDesk desk;
    private final PermohonanService permohonan;
    private final KisProposals proposals;
    private final AuditTrail audit;

    BpjsBatches(
            BpjsRepository repository,
            BpjsDesk desk,
            PermohonanService permohonan,
            KisProposals proposals,
            AuditTrail audit) {
        this.repository = repository;
        this.desk = desk;
        this.permohonan = permohonan;
        this.proposals = proposals;
        this.audit = audit;
    }

    /** The office's layout, the standard one until its admin saves one. */
    BpjsLayout layout(String officeCode) {
        return repository.layout(officeCode).orElseGet(BpjsLayout::standard);
    }

    /** Saves the office's layout (its admin), checked first. */
    @Transactional
    BpjsLayout saveLayout(String officeCode, BpjsLayout layout, String by, Instant now) {
        var checked = layout.checked();
        repository.saveLayout(officeCode, checked, by, now);
        audit.record(AuditEvent.of("bpjs-layout.saved")
                .about("office", officeCode)
                .inOffice(officeCode)
                .detail(String.join(", ", checked.headers())));
        return checked;
    }

    @Transactional(readOnly = true)
    List<BpjsRepository.Waiting> waiting(CurrentOfficer officer, BpjsDesk.Lane lane) {
        return repository.waiting(officer.officeCode(), lane.code(), lane.sopCodes(), MAX_CASES);
    }

    /** The office's newest batches of the lanes the officer answers ({@link BpjsDesk#answering}). */
    @Transactional(readOnly = true)
    List<Batch> batches(CurrentOfficer officer) {
        var lanes = desk.answering(officer);
        return repository.batches(officer.officeCode(), 100).stream()
                .filter(b -> lanes.containsKey(b.lane()))
                .toList();
    }

    /**
     * Puts the cases waiting at the lane's step (oldest first, at most {@link #MAX_CASES}) in a new batch with the
     * office's next number, in the layout as it stands now.
     *
     * @throws InvalidInputException no case is waiting there outside an open batch
     */
    @Transactional
    Batch create(CurrentOfficer officer, String laneCode, BpjsFormat format, Instant now) {
        var lane = lane(officer, laneCode);
        String office = officer.officeCode();
        int number = repository.nextNumber(office);
        // read after the office's lock: a batch made meanwhile has taken its cases
        var waiting = repository.waiting(office, lane.code(), lane.sopCodes(), MAX_CASES);
        if (waiting.isEmpty()) {
            throw new InvalidInputException("lane", "casework.bpjs.batch.nothingWaiting", lane.name());
        }
        var layout = layout(office);
        long id = repository.insertBatch(office, number, lane.code(), format, layout, officer.username(), now);
        int position = 0;
        for (var w : waiting) {
            var view = permohonan.find(w.permohonan(), office);
            for (var person : proposals.persons(view, officer.today())) {
                repository.insertBatchCase(id, w.permohonan(), w.stepId(), person.person(), ++position, person.nik());
            }
        }
        audit.record(AuditEvent.of("bpjs-batch.created")
                .about("bpjs-batch", id)
                .inOffice(office)
                .detail("usulan " + number + ", " + waiting.size() + " cases, " + position + " persons, "
                        + lane.code()));
        return repository.batch(id).orElseThrow();
    }

    /**
     * A batch of the officer's office and of a lane they answer ({@link BpjsDesk#answering}); 404 otherwise, 403 for
     * an officer who answers none.
     */
    @Transactional(readOnly = true)
    Batch batch(CurrentOfficer officer, long id) {
        var lanes = desk.requireAnswering(officer);
        return repository
                .batch(id)
                .filter(b -> b.officeCode().equals(officer.officeCode()) && lanes.containsKey(b.lane()))
                .orElseThrow(() -> new NotFoundException("No BPJS batch " + id, "casework.bpjs.batch.notFound", id));
    }

    /** The batch's rows with their permohonan and person, in the file's order. */
    @Transactional(readOnly = true)
    List<BatchRow> rows(Batch batch) {
        var rows = new ArrayList<BatchRow>();
        var views = new HashMap<PermohonanId, PermohonanView>();
        var persons = new HashMap<PermohonanId, List<BpjsPerson>>();
        // the century of a member's birth year is read against the day the batch was made, so the file written again
        // later says the same
        var made = LocalDate.ofInstant(batch.createdAt(), ZoneOffset.UTC);
        for (var c : repository.batchCases(batch.id())) {
            var view = views.computeIfAbsent(c.permohonan(), p -> permohonan.find(p, batch.officeCode()));
            var person = persons.computeIfAbsent(c.permohonan(), p -> proposals.persons(view, made)).stream()
                    .filter(p -> p.person() == c.person())
                    .findFirst()
                    // a row without its person proposed any more cannot be: proposals are written once, at intake
                    .orElseGet(() -> BpjsPerson.applicant(view.applicant(), null));
            rows.add(new BatchRow(c, view, person));
        }
        return rows;
    }

    /** A row of a batch: the stored row, its permohonan and the person it proposes. */
    record BatchRow(BpjsRepository.BatchCase batchCase, PermohonanView permohonan, BpjsPerson person) {}

    /** The batch's file, written again from its cases as they stand; the download is on the audit trail. */
    @Transactional
    BatchFile file(CurrentOfficer officer, long id) {
        var batch = batch(officer, id);
        var layout = batch.layout(layout(batch.officeCode()));
        var lines = rows(batch).stream()
                .map(r -> layout.columns().stream()
                        .map(c -> c.field().value(r.permohonan(), r.person(), layout.faskes()))
                        .toList())
                .toList();
        String name = "usulan-bpjs-" + batch.officeCode() + "-" + batch.number() + "." + batch.format().extension;
        audit.record(AuditEvent.exported("bpjs-batch", name).inOffice(batch.officeCode()));
        return new BatchFile(
                name, BpjsBatchFile.write(batch.format(), layout.headers(), lines), batch.format().contentType);
    }

    BpjsDesk.Lane lane(CurrentOfficer officer, String laneCode) {
        var lane = desk.require(officer).get(laneCode);
        if (lane == null) {
            throw new InvalidInputException("lane", "casework.bpjs.batch.unknownLane", laneCode);
        }
        return lane;
    }
}
