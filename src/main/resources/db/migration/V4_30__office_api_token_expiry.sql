-- Issue 14 item 3: an API token expires (a default of alur.api-token.default-validity-days, or what the system
-- administrator sets at issue). Tokens issued before this get the default from today, so no integration stops at once.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMPTZ;
UPDATE api_token SET expires_at = greatest(created_at, now()) + interval '90 days' WHERE expires_at IS NULL;
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
