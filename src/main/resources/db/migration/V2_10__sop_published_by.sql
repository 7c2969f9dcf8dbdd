-- Who published and who retired each SOP version (the SOP section shows it). Neither is part of the version's content,
-- so the sop_version_guard trigger of V2_0 leaves them out of what a published row may not change; they are written
-- once, in the same UPDATE that changes the status. Versions published before this column: unknown (NULL).
ALTER TABLE sop_version
  ADD COLUMN published_by TEXT,
  ADD COLUMN retired_by   TEXT;
