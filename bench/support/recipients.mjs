// Customers with a mail recipient id each, inserted straight into a bench's SQLite database, and the
// one-click unsubscribe tokens for them: the format of features/unsubscribe/unsubscribe-token.ts
// (HMAC-SHA256 under a key derived from AUTH_SECRET with HKDF, info "list-unsubscribe/v1"). Change both together.
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** Removes a SQLite database file and its WAL files. */
export function removeDatabase(databaseFile) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
}

/**
 * In one transaction, for each group `{ prefix, count }`: `count` customers with ids `${prefix}000000`…
 * and a recipient id each. Returns the recipient ids per group, in order.
 */
export function seedRecipients(databaseFile, groups) {
  const db = new BetterSqlite3(databaseFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const now = new Date().toISOString();
    const account = db.prepare(`insert into accounts (id, email, password_hash, role, disabled_at, password_changed_at, created_at)
      values (?, ?, 'not-used', 'customer', null, ?, ?)`);
    const customer = db.prepare(`insert into customers (account_id, full_name, street_address, city, state, postal_code, phone, date_of_birth, created_at, updated_at)
      values (?, ?, '1 Main St', 'Livingston', 'NJ', '07039', ?, '1980-01-01', ?, ?)`);
    const recipient = db.prepare('insert into mail_recipients (recipient_id, customer_id, created_at) values (?, ?, ?)');
    const recipientIds = groups.map(() => []);
    db.transaction(() => {
      groups.forEach(({ prefix, count }, group) => {
        for (let i = 0; i < count; i++) {
          const id = `${prefix}${String(i).padStart(6, '0')}`;
          account.run(id, `${id}@example.com`, now, now);
          customer.run(id, `Bench Customer ${id.slice(-6)}`, `+1 973 555 ${id.slice(-4)}`, now, now);
          const recipientId = randomBytes(16).toString('base64url');
          recipient.run(recipientId, id, now);
          recipientIds[group].push(recipientId);
        }
      });
    })();
    return recipientIds;
  } finally {
    db.close();
  }
}

/** The link-signing key the app derives from `authSecret`. */
export function unsubscribeKey(authSecret) {
  return Buffer.from(hkdfSync('sha256', authSecret, Buffer.alloc(0), 'list-unsubscribe/v1', 32));
}

/** A one-click token for `recipientId` on `list`, signed with `key`. */
export function unsubscribeToken(key, recipientId, list) {
  return `${recipientId}.${list}.${createHmac('sha256', key).update(`v1.${recipientId}.${list}`).digest('base64url')}`;
}
