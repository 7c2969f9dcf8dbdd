-- Who saved a draft last and when (module sop): the editor's save is checked against the revision the admin opened
-- (the optimistic-locking version column), and a save made from an older one is refused naming who saved meanwhile.
-- Neither column is part of the version's content, so the sop_version_guard trigger of V2_0 leaves them out; only a
-- draft's saves write them. Drafts saved before this column: unknown (NULL).
ALTER TABLE sop_version
  ADD COLUMN saved_at TIMESTAMPTZ,
  ADD COLUMN saved_by TEXT;
