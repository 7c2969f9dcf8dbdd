package id.alur.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persons an application proposes for a KIS and the faskes each chose at the front desk (V14_1,
 * {@code permohonan_kis_proposal}): the applicant always, and each household member the front desk marked "diusulkan
 * KIS". The usulan to BPJS Kesehatan has one row per such person ({@link BpjsBatches}).
 */
@Repository
class KisProposals {

    /** One person proposed at intake: 0 the applicant, n the n-th household member; the faskes chosen, if any. */
    record Proposed(int person, @Nullable String faskes) {}

    /** A faskes is a name such as "Puskesmas Sumber" or a BPJS facility code; the column of V14_1 holds 200. */
    static final int MAX_FASKES = 200;

    private final JdbcClient jdbc;

    KisProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The persons an intake proposes: the applicant, and each member not marked otherwise, with the faskes typed (a
     * blank one is the office's default).
     */
    static List<Proposed> of(Intake intake) {
        var proposed = new ArrayList<Proposed>();
        proposed.add(new Proposed(
                0,
                intake.applicant() == null ? null : cleaned(intake.applicant().faskes())));
        var members = intake.householdMembers();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).proposed()) {
                proposed.add(new Proposed(i + 1, cleaned(members.get(i).faskes())));
            }
        }
        return proposed;
    }

    static @Nullable String cleaned(@Nullable String faskes) {
        return faskes == null || faskes.isBlank() ? null : faskes.strip();
    }

    /** Records the persons proposed at intake, in the intake's transaction; the applicant is always among them. */
    void record(PermohonanId id, List<Proposed> proposed) {
        for (var p : proposed) {
            jdbc.sql("insert into permohonan_kis_proposal (permohonan_id, person, faskes) values (?, ?, ?)")
                    .params(id.value(), p.person(), p.faskes())
                    .update();
        }
    }

    /**
     * The persons of the application as the usulan lists them, the applicant first. An application taken in before
     * V14_1 has no row: it proposes its applicant alone, as it was sent then.
     */
    List<BpjsPerson> persons(PermohonanView view, LocalDate today) {
        Map<Integer, Proposed> rows = new HashMap<>();
        jdbc.sql("select person, faskes from permohonan_kis_proposal where permohonan_id = ? order by person")
                .param(view.id().value())
                .query((rs, n) -> new Proposed(rs.getInt("person"), rs.getString("faskes")))
                .list()
                .forEach(p -> rows.put(p.person(), p));
        var persons = new ArrayList<BpjsPerson>();
        var applicant = rows.get(0);
        persons.add(BpjsPerson.applicant(view.applicant(), applicant == null ? null : applicant.faskes()));
        var members = view.householdMembers();
        for (int i = 0; i < members.size(); i++) {
            var member = rows.get(i + 1);
            if (member != null) {
                persons.add(BpjsPerson.member(i + 1, members.get(i), member.faskes(), today));
            }
        }
        return persons;
    }
}
