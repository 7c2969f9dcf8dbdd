package id.alur.registry;

import id.alur.platform.AuditEvent;
import id.alur.platform.AuditTrail;
import id.alur.platform.InputProblem;
import id.alur.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's eligibility rule per service (the highest accepted desil) and its desk setting (the recorded check
 * stands for the "screenshot DTKS" paper), both data the office's administrator sets on the registry page (issue 16
 * items 2 and 3). Every change is on the audit trail.
 */
@Component
class EligibilityRules {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PaperChoices papers;
    private final Clock clock;

    EligibilityRules(JdbcClient jdbc, AuditTrail audit, PaperChoices papers, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.papers = papers;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Optional<Integer> maxDesil(String officeCode, String serviceCode) {
        return jdbc.sql("SELECT max_desil FROM registry_eligibility_rule WHERE office_code = ? AND service_code = ?")
                .params(officeCode, serviceCode)
                .query(Integer.class)
                .optional();
    }

    /** The office's rules by service code. */
    Map<String, Integer> all(String officeCode) {
        var rules = new LinkedHashMap<String, Integer>();
        jdbc.sql("SELECT service_code, max_desil FROM registry_eligibility_rule WHERE office_code = ? ORDER BY 1")
                .param(officeCode)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(rule -> rules.put(rule.getKey(), rule.getValue()));
        return rules;
    }

    boolean checkStandsForPaper(String officeCode) {
        return jdbc.sql("SELECT check_stands_for_paper FROM registry_desk_setting WHERE office_code = ?")
                .param(officeCode)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Replaces the office's rules, its desk setting and each service's paper the check stands for, in one transaction.
     * A blank value removes the service's rule; a blank paper is none.
     *
     * @param maxDesil per service code of {@code services}: blank or a desil 1 to 10
     * @param checklists per service code, its checklist papers (of its newest published version)
     * @param paper per service code, one of its papers or blank
     * @throws InvalidInputException naming the field ({@code maxDesil[code]}, {@code paper[code]}) and the service of
     *     every bad value, or of a code the office does not offer; nothing is changed then
     */
    @Transactional
    void save(
            String officeCode,
            Map<String, String> services,
            Map<String, List<String>> checklists,
            Map<String, @Nullable String> maxDesil,
            Map<String, @Nullable String> paper,
            boolean standsForPaper,
            String username) {
        var problems = new ArrayList<InputProblem>(PaperChoices.check(services, checklists, paper));
        var rules = new LinkedHashMap<String, Integer>();
        maxDesil.forEach((code, raw) -> {
            String field = "maxDesil[" + code + "]";
            if (!services.containsKey(code)) {
                problems.add(InputProblem.ofField(field, "registry.eligibility.unknownService", code));
                return;
            }
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                return;
            }
            Integer desil = value.matches("\\d{1,2}") ? Integer.valueOf(value) : null;
            if (desil == null || desil < 1 || desil > 10) {
                problems.add(InputProblem.ofField(field, "registry.eligibility.desil", services.get(code), value));
                return;
            }
            rules.put(code, desil);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("DELETE FROM registry_eligibility_rule WHERE office_code = ?")
                .param(officeCode)
                .update();
        rules.forEach((code, desil) -> insertRule(officeCode, code, desil, username));
        paper.forEach((code, text) -> papers.set(officeCode, code, text, username));
        upsertSetting(officeCode, standsForPaper, username);
        audit.record(AuditEvent.of("registry.eligibility-changed")
                .about("office", officeCode)
                .inOffice(officeCode)
                .detail(rules + (standsForPaper ? ", check stands for the papers " + papersNamed(paper) : "")));
    }

    /** The chosen papers for the record, by service: no NIK or personal data, only the checklist's names. */
    private static String papersNamed(Map<String, @Nullable String> paper) {
        var named = new LinkedHashMap<String, String>();
        paper.forEach((code, text) -> named.put(code, text == null || text.isBlank() ? "none" : text.strip()));
        return named.toString();
    }

    /** Sets the service's paper the check stands for ({@code null}: none); on the audit trail. */
    @Transactional
    void setPaper(String officeCode, String serviceCode, @Nullable String paper, String username) {
        papers.set(officeCode, serviceCode, paper, username);
        audit.record(AuditEvent.of("registry.eligibility-changed")
                .about("office", officeCode)
                .inOffice(officeCode)
                .detail(serviceCode + ": the check stands for " + (paper == null ? "no paper" : paper)));
    }

    /**
     * Sets (or with {@code null} removes) one service's rule.
     *
     * @throws InvalidInputException when the desil is not 1 to 10
     */
    @Transactional
    void setRule(String officeCode, String serviceCode, @Nullable Integer maxDesil, String username) {
        if (maxDesil != null && (maxDesil < 1 || maxDesil > 10)) {
            throw new InvalidInputException(List.of(InputProblem.ofField(
                    "maxDesil[" + serviceCode + "]", "registry.eligibility.desil", serviceCode, maxDesil)));
        }
        jdbc.sql("DELETE FROM registry_eligibility_rule WHERE office_code = ? AND service_code = ?")
                .params(officeCode, serviceCode)
                .update();
        if (maxDesil != null) {
            insertRule(officeCode, serviceCode, maxDesil, username);
        }
        audit.record(AuditEvent.of("registry.eligibility-changed")
                .about("office", officeCode)
                .inOffice(officeCode)
                .detail(serviceCode + ": " + (maxDesil == null ? "no rule" : "desil <= " + maxDesil)));
    }

    @Transactional
    void setCheckStandsForPaper(String officeCode, boolean standsForPaper, String username) {
        upsertSetting(officeCode, standsForPaper, username);
        audit.record(AuditEvent.of("registry.eligibility-changed")
                .about("office", officeCode)
                .inOffice(officeCode)
                .detail(standsForPaper ? "check stands for the DTKS paper" : "check does not stand for a paper"));
    }

    private void insertRule(String officeCode, String serviceCode, int maxDesil, String username) {
        jdbc.sql("""
                        INSERT INTO registry_eligibility_rule (office_code, service_code, max_desil, changed_at,
                            changed_by) VALUES (?, ?, ?, ?, ?)
                        """)
                .params(officeCode, serviceCode, maxDesil, Timestamp.from(clock.instant()), username)
                .update();
    }

    private void upsertSetting(String officeCode, boolean standsForPaper, String username) {
        jdbc.sql("""
                INSERT INTO registry_desk_setting (office_code, check_stands_for_paper, changed_at, changed_by)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (office_code) DO UPDATE SET check_stands_for_paper = excluded.check_stands_for_paper,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by
                """)
                .params(officeCode, standsForPaper, Timestamp.from(clock.instant()), username)
                .update();
    }
}
