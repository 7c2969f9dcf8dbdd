-- The key of the audit trail's person pseudonyms (id.alur.platform.PersonPseudonyms, docs/security.md "Audit trail"):
-- a record about a person (a registry look-up of a NIK) names them by HMAC-SHA256(key, NIK), never by the NIK, so a
-- data subject's processing can be found by their NIK (UU 27/2022 Pasal 32) while the trail, its XLSX export and its
-- API hold no NIK. A plain hash would not do: a NIK is 16 digits of region, birth date and a serial, few enough to try
-- them all. One random key per database, drawn here (gen_random_uuid uses the server's strong random source: two
-- give 244 random bits), shared by every node, and never changed: a new key would cut every earlier record off from
-- its person.
CREATE TABLE person_pseudonym_key
(
  id     SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  secret BYTEA NOT NULL
);

INSERT INTO person_pseudonym_key (secret)
VALUES (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

CREATE FUNCTION person_pseudonym_key_fixed() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'person_pseudonym_key never changes: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER person_pseudonym_key_no_change
  BEFORE UPDATE OR DELETE ON person_pseudonym_key
  FOR EACH ROW EXECUTE FUNCTION person_pseudonym_key_fixed();

CREATE TRIGGER person_pseudonym_key_no_truncate
  BEFORE TRUNCATE ON person_pseudonym_key
  FOR EACH STATEMENT EXECUTE FUNCTION person_pseudonym_key_fixed();
