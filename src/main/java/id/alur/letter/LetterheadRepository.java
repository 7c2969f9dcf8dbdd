package id.alur.letter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LetterheadRepository {

    private final JdbcClient jdbc;

    LetterheadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Letterhead> find(String officeCode) {
        return jdbc.sql("""
                        select office_code, government_name, office_name, address, contact, place, logo,
                          logo_media_type, version, region_code
                        from letterhead where office_code = ?""")
                .param(officeCode)
                .query((rs, row) -> new Letterhead(
                        rs.getString("office_code"),
                        rs.getString("government_name"),
                        rs.getString("office_name"),
                        rs.getString("address"),
                        rs.getString("contact"),
                        rs.getString("place"),
                        rs.getBytes("logo"),
                        rs.getString("logo_media_type"),
                        rs.getInt("version"),
                        rs.getString("region_code")))
                .optional();
    }

    /**
     * Saves the text lines of a letterhead (creating it at version 0); false when the version no longer matches.
     * The logo is kept.
     */
    boolean saveText(Letterhead l, String by, Instant at) {
        if (find(l.officeCode()).isEmpty()) {
            return jdbc.sql("""
                            insert into letterhead (office_code, government_name, office_name, address, contact, place,
                              region_code, updated_at, updated_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (office_code) do nothing""")
                            .params(
                                    l.officeCode(),
                                    l.governmentName(),
                                    l.officeName(),
                                    l.address(),
                                    l.contact(),
                                    l.place(),
                                    l.regionCode(),
                                    Timestamp.from(at),
                                    by)
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                        update letterhead set government_name = ?, office_name = ?, address = ?, contact = ?,
                          place = ?, region_code = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where office_code = ? and version = ?""")
                        .params(
                                l.governmentName(),
                                l.officeName(),
                                l.address(),
                                l.contact(),
                                l.place(),
                                l.regionCode(),
                                Timestamp.from(at),
                                by,
                                l.officeCode(),
                                l.version())
                        .update()
                == 1;
    }

    /** Who changed a letterhead last and when. */
    LetterSettingRepository.LastChange lastChange(String officeCode) {
        return jdbc.sql("select updated_by, updated_at from letterhead where office_code = ?")
                .param(officeCode)
                .query((rs, row) -> new LetterSettingRepository.LastChange(
                        rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional()
                .orElse(new LetterSettingRepository.LastChange(null, null));
    }

    /** Replaces the logo of an existing letterhead; false if the office has none yet. */
    boolean saveLogo(String officeCode, byte[] logo, String mediaType, String by, Instant at) {
        return jdbc.sql("""
                        update letterhead set logo = ?, logo_media_type = ?, updated_at = ?, updated_by = ?,
                          version = version + 1
                        where office_code = ?""")
                        .params(logo, mediaType, Timestamp.from(at), by, officeCode)
                        .update()
                == 1;
    }
}
