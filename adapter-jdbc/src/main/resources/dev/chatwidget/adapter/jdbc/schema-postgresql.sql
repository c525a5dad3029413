-- The table JdbcTokenStore keeps each location's OAuth tokens and refresh lease in (one row per location).
-- Replace chat_widget_tokens with the table name you configure. The tokens are secrets: grant this table only to
-- the application's database role.
CREATE TABLE IF NOT EXISTS chat_widget_tokens (
    location_id   VARCHAR(128)             NOT NULL PRIMARY KEY,
    access_token  TEXT,
    refresh_token TEXT,
    expires_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL DEFAULT 0,
    lease_holder  VARCHAR(64),
    lease_until   TIMESTAMP WITH TIME ZONE
)
