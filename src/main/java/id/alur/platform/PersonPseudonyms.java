package id.alur.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names a person on the audit trail without their NIK (UU 27/2022: no more personal data than the purpose needs): a
 * record about a NIK itself, such as a registry look-up, is about {@link #TYPE person} {@code <pseudonym>}, the
 * pseudonym a keyed hash of the NIK. The same NIK always gives the same pseudonym, so the data subject's access and the
 * audit page's subject filter find those records from the NIK typed (this class is also an {@link AuditSubjects});
 * without the key, which stays in the database ({@code person_pseudonym_key}, V1_220), nobody turns a pseudonym from an
 * export back into a NIK by trying the few billion NIKs there are.
 */
@Component
public class PersonPseudonyms implements AuditSubjects {

    /** The audit trail's object type of a person named by pseudonym. */
    public static final String TYPE = "person";

    private static final String ALGORITHM = "HmacSHA256";

    /** 128 of the HMAC's 256 bits: no two of Indonesia's NIKs meet by chance, and the id stays short (22 characters). */
    private static final int BYTES = 16;

    private final JdbcClient jdbc;
    private volatile @Nullable SecretKeySpec key;

    PersonPseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The audit object standing for the person with this NIK (surrounding blanks ignored). */
    public AuditSubject of(String nik) {
        return new AuditSubject(TYPE, pseudonym(nik.strip()));
    }

    /** A NIK typed as the subject of the audit page is the person it names; any other text is not one. */
    @Override
    public List<AuditSubject> resolve(String text) {
        String typed = text.strip();
        boolean nik = typed.length() == NikStructure.LENGTH && typed.chars().allMatch(Character::isDigit);
        return nik ? List.of(of(typed)) : List.of();
    }

    private String pseudonym(String nik) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] hash = mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            // the key never changes (the database refuses it), so one read per node is enough
            byte[] secret = jdbc.sql("select secret from person_pseudonym_key where id = 1")
                    .query(byte[].class)
                    .single();
            known = new SecretKeySpec(secret, ALGORITHM);
            key = known;
        }
        return known;
    }
}
