package id.alur.sop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sop_version} table (V2_0). */
@Repository
class SopVersionRepository {

    /** A stored row; {@code lock} is the optimistic-locking {@code version} column. */
    record Row(
            long id,
            String officeCode,
            String code,
            int number,
            LocalDate effectiveOn,
            SopStatus status,
            String fileName,
            String sourceText,
            @Nullable Instant publishedAt,
            @Nullable Instant retiredAt,
            int lock,
            @Nullable String publishedBy,
            @Nullable String retiredBy,
            @Nullable Instant savedAt,
            @Nullable String savedBy) {}

    private static final String COLUMNS =
            "id, office_code, code, number, effective_on, status, file_name, source_text, published_at, retired_at,"
                    + " version, published_by, retired_by, saved_at, saved_by";

    private final JdbcClient jdbc;

    SopVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises new versions of one SOP until the transaction ends, so two revisions never get the same number. */
    void lockCode(String officeCode, String code) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "sop_version/" + officeCode + "/" + code)
                .query()
                .singleRow();
    }

    int highestNumber(String officeCode, String code) {
        return jdbc.sql("select coalesce(max(number), 0) from sop_version where office_code = :office and code = :code")
                .param("office", officeCode)
                .param("code", code)
                .query(Integer.class)
                .single();
    }

    long insert(
            String officeCode,
            String code,
            int number,
            LocalDate effectiveOn,
            String fileName,
            String source,
            Instant now,
            @Nullable String by) {
        return jdbc.sql("""
                        insert into sop_version (office_code, code, number, effective_on, file_name, source_text,
                                                 saved_at, saved_by)
                        values (:office, :code, :number, :effectiveOn, :fileName, :source, :now, :by)
                        returning id""")
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("office", officeCode)
                .param("code", code)
                .param("number", number)
                .param("effectiveOn", effectiveOn)
                .param("fileName", fileName)
                .param("source", source)
                .query(Long.class)
                .single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sop_version where id = :id")
                .param("id", id)
                .query(SopVersionRepository::row)
                .optional();
    }

    /** @return false when the row changed since it was read (optimistic lock) or is no longer a draft */
    boolean updateDraft(
            long id,
            int lock,
            @Nullable LocalDate effectiveOn,
            String fileName,
            String source,
            Instant now,
            @Nullable String by) {
        return jdbc.sql("""
                        update sop_version
                           set effective_on = :effectiveOn, file_name = :fileName, source_text = :source,
                               saved_at = :now, saved_by = :by, version = version + 1
                         where id = :id and version = :lock and status = 'DRAFT'""")
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .param("id", id)
                        .param("lock", lock)
                        .param("effectiveOn", effectiveOn)
                        .param("fileName", fileName)
                        .param("source", source)
                        .update()
                == 1;
    }

    /** @return false when the row changed since it was read (optimistic lock) or is no longer a draft */
    boolean publish(long id, int lock, LocalDate effectiveOn, Instant now, @Nullable String by) {
        return jdbc.sql("""
                        update sop_version
                           set status = 'PUBLISHED', effective_on = :effectiveOn, published_at = :now,
                               published_by = :by, version = version + 1
                         where id = :id and version = :lock and status = 'DRAFT'""")
                        .param("id", id)
                        .param("lock", lock)
                        .param("effectiveOn", effectiveOn)
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    /** @return false when the row changed since it was read or is not published */
    boolean retire(long id, int lock, Instant now, @Nullable String by) {
        return jdbc.sql("""
                        update sop_version
                           set status = 'RETIRED', retired_at = :now, retired_by = :by, version = version + 1
                         where id = :id and version = :lock and status = 'PUBLISHED'""")
                        .param("id", id)
                        .param("lock", lock)
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    Optional<Row> inForce(String officeCode, String code, LocalDate on) {
        return jdbc.sql("select " + COLUMNS + """
                         from sop_version
                        where office_code = :office and code = :code and status = 'PUBLISHED' and effective_on <= :on
                        order by effective_on desc, number desc
                        limit 1""")
                .param("office", officeCode)
                .param("code", code)
                .param("on", on)
                .query(SopVersionRepository::row)
                .optional();
    }

    List<Row> ofOffice(String officeCode) {
        return jdbc.sql("select " + COLUMNS + " from sop_version where office_code = :office order by code, number")
                .param("office", officeCode)
                .query(SopVersionRepository::row)
                .list();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        Timestamp retiredAt = rs.getTimestamp("retired_at");
        Timestamp savedAt = rs.getTimestamp("saved_at");
        return new Row(
                rs.getLong("id"),
                rs.getString("office_code"),
                rs.getString("code"),
                rs.getInt("number"),
                rs.getObject("effective_on", LocalDate.class),
                SopStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"),
                rs.getString("source_text"),
                publishedAt == null ? null : publishedAt.toInstant(),
                retiredAt == null ? null : retiredAt.toInstant(),
                rs.getInt("version"),
                rs.getString("published_by"),
                rs.getString("retired_by"),
                savedAt == null ? null : savedAt.toInstant(),
                rs.getString("saved_by"));
    }
}
