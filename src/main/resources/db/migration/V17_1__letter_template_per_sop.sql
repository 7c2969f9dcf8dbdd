-- Issue 12 follow-up: the body of a letter kind per SOP of the office, so two services (or two SOPs issuing the
-- service letter) no longer share one text with only the Perihal telling them apart. sop_code '*' is the office's body
-- for every SOP (as letter_setting's '*'), the fallback of an SOP without its own; the rows written before this are
-- those. Issued letters keep the body resolved into their snapshot (letter.document), as before.
ALTER TABLE letter_template ADD COLUMN sop_code TEXT NOT NULL DEFAULT '*';
ALTER TABLE letter_template DROP CONSTRAINT letter_template_pkey;
ALTER TABLE letter_template ADD PRIMARY KEY (office_code, sop_code, kind);
