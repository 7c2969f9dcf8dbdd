package id.alur.registry;

import id.alur.platform.InputProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per service, the checklist paper that the check recorded at intake stands for (V8_210, issue 16): chosen by the
 * office's administrator; until then the paper naming the DTKS or the DTSEN is suggested.
 */
@Component
class PaperChoices {

    /**
     * The suggested paper: seed 000's "melampirkan screenshoot DTKS dari desa" (its Kelengkapan). The DTSEN replaced the
     * DTKS (Inpres 4/2025), so a paper naming either is it.
     */
    private static final Pattern REGISTRY_PAPER = Pattern.compile("\\b(DTKS|DTSEN)\\b");

    /** A choice made: the paper's text, or {@code null} for none. */
    record Choice(@Nullable String paper) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PaperChoices(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The first paper naming the DTKS or the DTSEN. */
    static OptionalInt suggested(List<String> papers) {
        for (int i = 0; i < papers.size(); i++) {
            if (REGISTRY_PAPER.matcher(papers.get(i).toUpperCase(Locale.ROOT)).find()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The position among {@code papers} of the one the check stands for in the service: the choice, else the suggestion. */
    OptionalInt standsFor(String officeCode, String serviceCode, List<String> papers) {
        return choice(officeCode, serviceCode)
                .map(choice -> choice.paper() == null ? OptionalInt.empty() : position(papers, choice.paper()))
                .orElseGet(() -> suggested(papers));
    }

    /** The paper's text the check stands for in the service, or {@code null}: what the registry page shows. */
    @Nullable
    String standsForText(String officeCode, String serviceCode, List<String> papers) {
        var at = standsFor(officeCode, serviceCode, papers);
        return at.isPresent() ? papers.get(at.getAsInt()) : null;
    }

    Optional<Choice> choice(String officeCode, String serviceCode) {
        return jdbc.sql("SELECT paper FROM registry_paper_choice WHERE office_code = ? AND service_code = ?")
                .params(officeCode, serviceCode)
                .query((rs, n) -> new Choice(rs.getString(1)))
                .optional();
    }

    /**
     * What is wrong with the chosen papers: a paper must be one of its service's checklist (blank: none).
     *
     * @param chosen per service code, a paper's text or blank
     */
    static List<InputProblem> check(
            Map<String, String> services, Map<String, List<String>> checklists, Map<String, @Nullable String> chosen) {
        var problems = new ArrayList<InputProblem>();
        chosen.forEach((code, paper) -> {
            String field = "paper[" + code + "]";
            if (!services.containsKey(code)) {
                problems.add(InputProblem.ofField(field, "registry.eligibility.unknownService", code));
            } else if (paper != null
                    && !paper.isBlank()
                    && position(checklists.getOrDefault(code, List.of()), paper).isEmpty()) {
                problems.add(
                        InputProblem.ofField(field, "registry.eligibility.unknownPaper", services.get(code), paper));
            }
        });
        return problems;
    }

    /** Sets the service's choice ({@code null} or blank: none), replacing what was chosen before. */
    void set(String officeCode, String serviceCode, @Nullable String paper, String username) {
        jdbc.sql("""
                INSERT INTO registry_paper_choice (office_code, service_code, paper, changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (office_code, service_code) DO UPDATE SET paper = excluded.paper,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by
                """)
                .params(
                        officeCode,
                        serviceCode,
                        paper == null || paper.isBlank() ? null : paper.strip(),
                        Timestamp.from(clock.instant()),
                        username)
                .update();
    }

    /** The choices made, by service code (a {@code null} value: none chosen on purpose). */
    Map<String, @Nullable String> all(String officeCode) {
        var choices = new LinkedHashMap<String, @Nullable String>();
        jdbc.sql("SELECT service_code, paper FROM registry_paper_choice WHERE office_code = ? ORDER BY 1")
                .param(officeCode)
                .query(rs -> {
                    choices.put(rs.getString(1), rs.getString(2));
                });
        return choices;
    }

    private static OptionalInt position(List<String> papers, String paper) {
        String wanted = paper.strip();
        for (int i = 0; i < papers.size(); i++) {
            if (papers.get(i).strip().equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
