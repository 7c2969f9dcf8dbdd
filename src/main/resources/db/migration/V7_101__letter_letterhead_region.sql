-- Issue 12 item 9: the region an office serves (Kepmendagri code of a province or regency/city, e.g. 33.17), so that
-- letters and the public verification page name the office with its region ("… Kabupaten Rembang, Provinsi Jawa
-- Tengah"). Optional: a letterhead without it names the region from its government line, as before.
ALTER TABLE letterhead ADD COLUMN region_code TEXT;
