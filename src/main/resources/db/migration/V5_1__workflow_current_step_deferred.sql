-- A transition writes its case row once: the optimistic-lock version, the new state and the new current step in one
-- UPDATE, made before the step it names is inserted (the step's id is drawn from its sequence in that UPDATE, so a
-- transition that lost the lock draws nothing and writes nothing). The foreign key is therefore checked at commit.
ALTER TABLE workflow_case ALTER CONSTRAINT workflow_case_current_step_fk DEFERRABLE INITIALLY DEFERRED;
