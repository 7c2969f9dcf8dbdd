-- A batch row also closes when its case leaves the BPJS step another way (issue 16 item 3 follow-up): the result typed
-- in on the case page ('DICATAT', with the reference it was given) or the case stopped, cancelled or withdrawn
-- ('DIHENTIKAN', with the reason). Without it such a row stayed open and its batch never reached "answered".
alter table bpjs_batch_case drop constraint bpjs_batch_case_answer_check;
alter table bpjs_batch_case add constraint bpjs_batch_case_answer_check
    check (answer in ('AKTIF', 'DITOLAK', 'DICATAT', 'DIHENTIKAN'));
