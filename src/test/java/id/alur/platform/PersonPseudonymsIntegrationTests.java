package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person is named on the audit trail by a keyed hash of their NIK (docs/security.md "Audit trail"): the same NIK
 * always the same pseudonym, which is neither the NIK nor its plain hash, and the key in the database never changes.
 */
@SpringBootTest
class PersonPseudonymsIntegrationTests {

    static final String SITI = "3317015708850002";
    static final String BUDI = "3317010202900003";

    @Autowired
    PersonPseudonyms persons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneNikIsAlwaysOnePseudonymAndTwoNiksAreTwo() {
        assertThat(persons.of(SITI)).isEqualTo(persons.of(" " + SITI + " "));
        assertThat(persons.of(SITI).type()).isEqualTo("person");
        assertThat(persons.of(SITI).id())
                .hasSize(22)
                .isNotEqualTo(persons.of(BUDI).id());
    }

    @Test
    void thePseudonymIsNeitherTheNikNorAHashAnyoneCouldComputeFromItAlone() throws Exception {
        String pseudonym = persons.of(SITI).id();
        String plain = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(SITI.getBytes(StandardCharsets.US_ASCII)));

        assertThat(pseudonym).doesNotContain(SITI.substring(12)).isNotEqualTo(plain.substring(0, 22));
    }

    @Test
    void aNikTypedAsTheAuditSubjectIsThePersonAndOtherTextIsNothing() {
        assertThat(persons.resolve(SITI)).containsExactly(persons.of(SITI));
        assertThat(persons.resolve("ALR-2026-7K3M9Q")).isEmpty();
        assertThat(persons.resolve("33170157088500")).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrAddAKey() {
        assertThatThrownBy(() -> jdbc.sql("update person_pseudonym_key set secret = '\\x00'::bytea")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("person_pseudonym_key never changes");
        assertThatThrownBy(() -> jdbc.sql("delete from person_pseudonym_key").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into person_pseudonym_key (id, secret) values (2, '\\x00'::bytea)")
                        .update())
                .isInstanceOf(DataAccessException.class);
    }
}
