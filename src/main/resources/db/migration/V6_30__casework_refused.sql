-- casework: a permohonan may close as refused (Ditolak), its case ended at the SOP's refusal end.
ALTER TABLE permohonan DROP CONSTRAINT permohonan_status_check;
ALTER TABLE permohonan ADD CONSTRAINT permohonan_status_check
  CHECK (status IN ('OPEN', 'FINISHED', 'REFUSED', 'CANCELLED'));
