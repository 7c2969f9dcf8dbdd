-- Time zones of the five seed offices (shared identifiers). Dinsos Prov. Kalimantan Utara works in WITA.
INSERT INTO calendar_office (office_code, zone) VALUES
('dinsosppkb-rembang', 'Asia/Jakarta'),
('dinsos-solok', 'Asia/Jakarta'),
('kemenag-jaksel', 'Asia/Jakarta'),
('dinsos-kaltara', 'Asia/Makassar'),
('dinkes-belitung', 'Asia/Jakarta')
ON CONFLICT (office_code) DO NOTHING;
