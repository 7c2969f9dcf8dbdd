-- The PDFs of a letter are rendered after the transaction that numbered and stored it has committed, outside the
-- counter's row lock: until then they are null. The snapshot (document, V7_1) is what they are rendered from, so a
-- letter without PDFs always has one. stored_at lets the sweep leave alone letters whose render is still under way.
-- See docs/letters.md "Numbering" and "Rendering".
ALTER TABLE letter
  ALTER COLUMN pdf DROP NOT NULL,
  ALTER COLUMN pdf_sha256 DROP NOT NULL,
  ALTER COLUMN office_copy_pdf DROP NOT NULL,
  ADD COLUMN stored_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  ADD CONSTRAINT letter_pdfs_together
    CHECK ((pdf IS NULL) = (pdf_sha256 IS NULL) AND (pdf IS NULL) = (office_copy_pdf IS NULL)),
  ADD CONSTRAINT letter_renderable CHECK (pdf IS NOT NULL OR document IS NOT NULL);

-- The sweep's question: which letters still wait for their PDFs (few, and only for moments).
CREATE INDEX letter_pdf_pending_idx ON letter (stored_at) WHERE pdf IS NULL;
