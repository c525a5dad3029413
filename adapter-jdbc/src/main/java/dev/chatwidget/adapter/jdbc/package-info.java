/** Shared state in a SQL database (plain JDBC) for many instances of one app: the token store with refresh leases. */
package dev.chatwidget.adapter.jdbc;
