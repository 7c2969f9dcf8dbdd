-- The office's time zone is one fact, kept by the working calendar (calendar_office) and set on the office's page
-- (through platform's OfficeZones). Until now the office page wrote office.zone_id, which due times never read: an
-- office created with WITA had its due times in WIB. The zone each office shows on its page moves to the calendar
-- (where the calendar page set it later, that newer setting stays), then the office's own column goes.
INSERT INTO calendar_office (office_code, zone, updated_at)
SELECT o.code, o.zone_id, o.updated_at
  FROM office o
 WHERE o.zone_id IN ('Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura')
ON CONFLICT (office_code) DO UPDATE
   SET zone = excluded.zone, updated_at = excluded.updated_at
 WHERE calendar_office.updated_at < excluded.updated_at;

ALTER TABLE office DROP COLUMN zone_id;
