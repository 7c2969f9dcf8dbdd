-- National holidays (hari libur nasional) and cuti bersama 2025-2027, from the yearly joint decree of the Menteri
-- Agama, Menteri Ketenagakerjaan and Menteri PANRB (SKB 3 Menteri). Administrators maintain these rows afterwards.

INSERT INTO calendar_holiday_year (year, source, provisional) VALUES
(2025, 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, '
    || 'Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 '
    || '(14 Oktober 2024), diubah dengan Keputusan Bersama Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, '
    || 'Nomor 3 Tahun 2025 (7 Agustus 2025: cuti bersama 18 Agustus 2025)', FALSE),
(2026, 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, '
    || 'Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 '
    || '(19 September 2025)', FALSE),
(2027, 'SEMENTARA: SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027 belum diverifikasi. '
    || 'Hanya hari libur bertanggal tetap dan tanggal yang dapat dihitung (Imlek, Paskah); hari raya Islam, '
    || 'Nyepi, Waisak dan cuti bersama belum ada. Ganti dengan daftar dari SKB setelah diverifikasi.', TRUE);

-- 2025: 17 hari libur nasional, 10 cuti bersama (SKB 1017/2/2 Tahun 2024) + 18 Agustus (SKB 933/1/3 Tahun 2025).
INSERT INTO calendar_holiday (holiday_date, name, kind, source)
SELECT d::date, n, k, 'SKB 3 Menteri Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024'
FROM (VALUES
  ('2025-01-01', 'Tahun Baru 2025 Masehi', 'NATIONAL'),
  ('2025-01-27', 'Isra Mikraj Nabi Muhammad S.A.W.', 'NATIONAL'),
  ('2025-01-28', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili', 'CUTI_BERSAMA'),
  ('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'NATIONAL'),
  ('2025-03-28', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'CUTI_BERSAMA'),
  ('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'NATIONAL'),
  ('2025-03-31', 'Idul Fitri 1446 Hijriah', 'NATIONAL'),
  ('2025-04-01', 'Idul Fitri 1446 Hijriah', 'NATIONAL'),
  ('2025-04-02', 'Cuti Bersama Idul Fitri 1446 Hijriah', 'CUTI_BERSAMA'),
  ('2025-04-03', 'Cuti Bersama Idul Fitri 1446 Hijriah', 'CUTI_BERSAMA'),
  ('2025-04-04', 'Cuti Bersama Idul Fitri 1446 Hijriah', 'CUTI_BERSAMA'),
  ('2025-04-07', 'Cuti Bersama Idul Fitri 1446 Hijriah', 'CUTI_BERSAMA'),
  ('2025-04-18', 'Wafat Yesus Kristus', 'NATIONAL'),
  ('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL'),
  ('2025-05-01', 'Hari Buruh Internasional', 'NATIONAL'),
  ('2025-05-12', 'Hari Raya Waisak 2569 BE', 'NATIONAL'),
  ('2025-05-13', 'Cuti Bersama Hari Raya Waisak 2569 BE', 'CUTI_BERSAMA'),
  ('2025-05-29', 'Kenaikan Yesus Kristus', 'NATIONAL'),
  ('2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA'),
  ('2025-06-01', 'Hari Lahir Pancasila', 'NATIONAL'),
  ('2025-06-06', 'Idul Adha 1446 Hijriah', 'NATIONAL'),
  ('2025-06-09', 'Cuti Bersama Idul Adha 1446 Hijriah', 'CUTI_BERSAMA'),
  ('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'NATIONAL'),
  ('2025-08-17', 'Proklamasi Kemerdekaan', 'NATIONAL'),
  ('2025-09-05', 'Maulid Nabi Muhammad S.A.W.', 'NATIONAL'),
  ('2025-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL'),
  ('2025-12-26', 'Cuti Bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA')
) AS h(d, n, k);

INSERT INTO calendar_holiday (holiday_date, name, kind, source) VALUES
('2025-08-18', 'Cuti Bersama Hari Ulang Tahun ke-80 Kemerdekaan Republik Indonesia', 'CUTI_BERSAMA',
 'SKB 3 Menteri Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (perubahan atas SKB Nomor 1017 '
 || 'Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024)');

-- 2026: 17 hari libur nasional, 8 cuti bersama.
INSERT INTO calendar_holiday (holiday_date, name, kind, source)
SELECT d::date, n, k, 'SKB 3 Menteri Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025'
FROM (VALUES
  ('2026-01-01', 'Tahun Baru 2026 Masehi', 'NATIONAL'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad S.A.W.', 'NATIONAL'),
  ('2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', 'CUTI_BERSAMA'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'NATIONAL'),
  ('2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'CUTI_BERSAMA'),
  ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'NATIONAL'),
  ('2026-03-20', 'Cuti Bersama Idul Fitri 1447 Hijriah', 'CUTI_BERSAMA'),
  ('2026-03-21', 'Idul Fitri 1447 Hijriah', 'NATIONAL'),
  ('2026-03-22', 'Idul Fitri 1447 Hijriah', 'NATIONAL'),
  ('2026-03-23', 'Cuti Bersama Idul Fitri 1447 Hijriah', 'CUTI_BERSAMA'),
  ('2026-03-24', 'Cuti Bersama Idul Fitri 1447 Hijriah', 'CUTI_BERSAMA'),
  ('2026-04-03', 'Wafat Yesus Kristus', 'NATIONAL'),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL'),
  ('2026-05-01', 'Hari Buruh Internasional', 'NATIONAL'),
  ('2026-05-14', 'Kenaikan Yesus Kristus', 'NATIONAL'),
  ('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA'),
  ('2026-05-27', 'Idul Adha 1447 Hijriah', 'NATIONAL'),
  ('2026-05-28', 'Cuti Bersama Idul Adha 1447 Hijriah', 'CUTI_BERSAMA'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'NATIONAL'),
  ('2026-06-01', 'Hari Lahir Pancasila', 'NATIONAL'),
  ('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'NATIONAL'),
  ('2026-08-17', 'Proklamasi Kemerdekaan', 'NATIONAL'),
  ('2026-08-25', 'Maulid Nabi Muhammad S.A.W.', 'NATIONAL'),
  ('2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA'),
  ('2026-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL')
) AS h(d, n, k);

-- 2027, provisional: the fixed-date holidays, Imlek (new moon of 6 February 2027) and the Easter-dependent days
-- (Easter Sunday 28 March 2027 by the Gregorian computus). Not from a verified decree.
INSERT INTO calendar_holiday (holiday_date, name, kind, source)
SELECT d::date, n, 'NATIONAL', s
FROM (VALUES
  ('2027-01-01', 'Tahun Baru 2027 Masehi', 'Sementara: tanggal tetap'),
  ('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'Sementara: dihitung (bulan baru), belum dari SKB'),
  ('2027-03-26', 'Wafat Yesus Kristus', 'Sementara: dihitung dari tanggal Paskah, belum dari SKB'),
  ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'Sementara: dihitung (komputus Gregorian), belum dari SKB'),
  ('2027-05-01', 'Hari Buruh Internasional', 'Sementara: tanggal tetap'),
  ('2027-05-06', 'Kenaikan Yesus Kristus', 'Sementara: dihitung dari tanggal Paskah, belum dari SKB'),
  ('2027-06-01', 'Hari Lahir Pancasila', 'Sementara: tanggal tetap'),
  ('2027-08-17', 'Proklamasi Kemerdekaan', 'Sementara: tanggal tetap'),
  ('2027-12-25', 'Kelahiran Yesus Kristus', 'Sementara: tanggal tetap')
) AS h(d, n, s);
