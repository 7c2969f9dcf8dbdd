-- What a letter shows, as it was when it was issued (the snapshot LetterPdf renders: letterhead with its logo,
-- applicant, checklist, approvals, signer, verification URL), so both PDFs can be rendered again from the stored
-- row alone: to check a stored PDF, to re-produce a lost one. Null for letters issued before this column existed;
-- their stored PDFs are their only copy. See docs/letters.md.
ALTER TABLE letter ADD COLUMN document JSONB;
