-- ShedLock: scheduled jobs of every module run on one application node at a time (DESIGN.md §4, scale-out;
-- id.alur.platform.SchedulingConfiguration). The table used to be created by V5_0__workflow.sql: a database migrated
-- before this file has it already, and gets this migration out of order (spring.flyway.out-of-order, docs/decisions.md),
-- hence IF NOT EXISTS; on a fresh database this runs first and V5_0's IF NOT EXISTS finds the table.
CREATE TABLE IF NOT EXISTS shedlock
(
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP    NOT NULL,
  locked_at  TIMESTAMP    NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
);
