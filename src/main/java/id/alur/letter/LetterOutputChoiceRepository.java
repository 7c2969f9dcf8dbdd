package id.alur.letter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The office admin's choices of which steps of an SOP version output a letter ({@code letter_output_choice}, V7_240). */
@Repository
class LetterOutputChoiceRepository {

    private final JdbcClient jdbc;

    LetterOutputChoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The choices of a version by activity number; a step without one follows the rule. */
    Map<Integer, Boolean> choices(long sopVersionId) {
        Map<Integer, Boolean> choices = new LinkedHashMap<>();
        jdbc.sql("select activity_number, is_letter from letter_output_choice where sop_version_id = ?"
                        + " order by activity_number")
                .param(sopVersionId)
                .query(rs -> {
                    choices.put(rs.getInt("activity_number"), rs.getBoolean("is_letter"));
                });
        return choices;
    }

    /**
     * Copies the choices of these steps from one version to another that has none for them yet, each with who made it
     * and when (a revision keeps the admin's decisions, not a new one).
     */
    void copy(long fromVersionId, long toVersionId, Collection<Integer> steps) {
        if (steps.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into letter_output_choice (sop_version_id, activity_number, is_letter, chosen_by, chosen_at)
                        select :to, activity_number, is_letter, chosen_by, chosen_at from letter_output_choice
                         where sop_version_id = :from and activity_number in (:steps)
                        on conflict (sop_version_id, activity_number) do nothing
                        """)
                .param("to", toVersionId)
                .param("from", fromVersionId)
                .param("steps", List.copyOf(steps))
                .update();
    }

    /** Replaces the choices of a version with these (steps left out follow the rule again). */
    void replace(long sopVersionId, Map<Integer, Boolean> choices, String by, Instant at) {
        jdbc.sql("delete from letter_output_choice where sop_version_id = ?")
                .param(sopVersionId)
                .update();
        choices.forEach((step, letter) -> jdbc.sql("""
                        insert into letter_output_choice (sop_version_id, activity_number, is_letter, chosen_by,
                                                          chosen_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(sopVersionId, step, letter, by, Timestamp.from(at))
                .update());
    }
}
