-- Issue 12 item 8: every office has a Tanda Terima setting. A new office gets one for every SOP ('*') when it is
-- created (letter's OfficeReceipt); an office created before that and still without any Tanda Terima setting gets the
-- same one here: at the intake (activity 1), numbered TT/{seq:000}/{yyyy}, with the standard body.
INSERT INTO letter_setting (office_code, sop_code, kind, issue_step, sign_step, pattern, updated_at, updated_by)
SELECT o.code, '*', 'TANDA_TERIMA', 1, 1, 'TT/{seq:000}/{yyyy}', now(), 'migration V7_100'
FROM office o
WHERE NOT EXISTS (SELECT 1 FROM letter_setting s WHERE s.office_code = o.code AND s.kind = 'TANDA_TERIMA');
