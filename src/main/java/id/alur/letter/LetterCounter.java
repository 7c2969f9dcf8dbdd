package id.alur.letter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gapless sequence of letter numbers per office, kind and calendar year. {@link #next} must run inside the
 * transaction that stores the letter: the counter row stays locked until that transaction ends, so concurrent
 * signings queue up and each gets the next number, and a rolled-back issue gives its number back.
 */
@Component
class LetterCounter {

    private final JdbcClient jdbc;

    LetterCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next sequence number, from 1 in each new year. */
    int next(String officeCode, LetterKind kind, int year) {
        return jdbc.sql("""
                        insert into letter_counter (office_code, kind, year, last_value) values (?, ?, ?, 1)
                        on conflict (office_code, kind, year)
                          do update set last_value = letter_counter.last_value + 1
                        returning last_value""")
                .params(officeCode, kind.name(), year)
                .query(Integer.class)
                .single();
    }
}
