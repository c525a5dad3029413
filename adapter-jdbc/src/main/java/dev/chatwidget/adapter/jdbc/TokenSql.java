package dev.chatwidget.adapter.jdbc;

/**
 * The statements of {@link JdbcTokenStore} on one table: plain, portable SQL, each run on its own in auto-commit,
 * so no transaction (or row lock) is ever held across a call to the token endpoint. A lease is a holder and an
 * expiry in the location's row, taken by an UPDATE that only matches a free or expired lease (or one already ours,
 * which makes a retried take harmless); a versioned save is an UPDATE matching the version it replaces.
 */
record TokenSql(String select, String update, String updateIfVersion, String insert, String takeLease,
                String insertLease, String release, String exists) {

    static TokenSql on(TokenTable table) {
        String t = table.name();
        return new TokenSql(
                "SELECT access_token, refresh_token, expires_at, version FROM " + t + " WHERE location_id = ?",
                "UPDATE " + t + " SET access_token = ?, refresh_token = ?, expires_at = ?, version = version + 1"
                        + " WHERE location_id = ?",
                "UPDATE " + t + " SET access_token = ?, refresh_token = ?, expires_at = ?, version = version + 1"
                        + " WHERE location_id = ? AND version = ?",
                "INSERT INTO " + t + " (location_id, access_token, refresh_token, expires_at, version)"
                        + " VALUES (?, ?, ?, ?, 1)",
                "UPDATE " + t + " SET lease_holder = ?, lease_until = ? WHERE location_id = ?"
                        + " AND (lease_holder IS NULL OR lease_holder = ? OR lease_until <= ?)",
                "INSERT INTO " + t + " (location_id, version, lease_holder, lease_until) VALUES (?, 0, ?, ?)",
                "UPDATE " + t + " SET lease_holder = NULL, lease_until = NULL WHERE location_id = ?"
                        + " AND lease_holder = ?",
                "SELECT 1 FROM " + t + " WHERE location_id = ?");
    }
}
