-- An import streams its rows into the new edition by COPY while it reads and checks them, and finds the same NIK twice
-- afterwards by SQL (issue 16): for that, its transaction defers the primary key to its commit (SET CONSTRAINTS
-- registry_entry_pkey DEFERRED), so that a repeated NIK does not stop the COPY half-way; it then reports or removes the
-- later rows before committing. Every other transaction checks the key at once, as before. source_row is the row of
-- the extract an entry came from (the header is row 1), by which the report names a repeated NIK's rows.
ALTER TABLE registry_entry ADD COLUMN source_row INTEGER;
ALTER TABLE registry_entry DROP CONSTRAINT registry_entry_pkey;
ALTER TABLE registry_entry ADD CONSTRAINT registry_entry_pkey PRIMARY KEY (edition_id, nik) DEFERRABLE INITIALLY IMMEDIATE;
