package id.alur.casework;

import id.alur.workflow.LaneKind;
import id.alur.workflow.StepView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the case page says when BPJS Kesehatan refused a case in an answer file (issue 16 item 3): the refusal (which
 * usulan, when, BPJS's reason) and what the office does next. The SOPs give the outside party's step no refusal branch
 * (seed 001 step 7 and seed 002 step 8 are a plain "proses", and the workflow offers no Ya/Tidak at an outside party's
 * step), so the case stays at the BPJS step and the page names the office's two ways on from there, of the ends
 * DESIGN.md §4 gives a case: the papers or data put right with the applicant and the case sent again in the next usulan (seed
 * 002's Peringatan: an incomplete application "tidak diproses"), or the application cancelled with BPJS's reason, which
 * the applicant is owed. Shown while the case is at that step and in no open batch; once sent again, the usulan it is
 * in is shown instead.
 */
@Component
class BpjsRefusals {

    /**
     * A refusal of the case's current step: the batch, the person refused (by name: the page masks NIKs for most
     * lanes), BPJS's reason, the step.
     */
    record Refusal(
            long batchId,
            int batchNumber,
            String person,
            String reason,
            Instant answeredAt,
            String laneName,
            int activityNumber) {}

    private final JdbcClient jdbc;

    BpjsRefusals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest refusals of the step, when it is an outside party's step and the case is in no open batch; empty
     * otherwise. Several rows when BPJS refused several persons of one application in the same answer.
     */
    List<Refusal> of(PermohonanView permohonan, @Nullable StepView step, boolean inOpenBatch) {
        if (step == null || step.laneKind() != LaneKind.OUTSIDE_PARTY || inOpenBatch) {
            return List.of();
        }
        return jdbc.sql("""
                        select b.id, b.number, c.nik, c.reason, c.answered_at
                          from bpjs_batch_case c join bpjs_batch b on b.id = c.batch_id
                         where c.permohonan_id = :permohonan and c.step_id = :step and c.answer = 'DITOLAK'
                           and c.batch_id = (select max(c2.batch_id) from bpjs_batch_case c2
                                              where c2.permohonan_id = :permohonan and c2.step_id = :step)
                         order by c.position
                        """)
                .param("permohonan", permohonan.id().value())
                .param("step", step.id().value())
                .query((rs, n) -> new Refusal(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        person(permohonan, rs.getString("nik")),
                        Optional.ofNullable(rs.getString("reason")).orElse(""),
                        rs.getTimestamp("answered_at").toInstant(),
                        step.laneName(),
                        step.activityNumber()))
                .list();
    }

    /** The applicant's or household member's name of the NIK (the permohonan as stored, unmasked). */
    private static String person(PermohonanView permohonan, String nik) {
        if (permohonan.applicant().nik().equals(nik)) {
            return permohonan.applicant().name();
        }
        return permohonan.householdMembers().stream()
                .filter(m -> m.nik().equals(nik))
                .map(HouseholdMemberView::name)
                .findFirst()
                .orElse(permohonan.applicant().name());
    }
}
