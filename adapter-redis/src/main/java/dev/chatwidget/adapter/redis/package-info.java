/** Shared state on Redis for many instances of one app: the token store with per-location refresh leases. */
package dev.chatwidget.adapter.redis;
