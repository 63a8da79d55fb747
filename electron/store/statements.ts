// Prepared statements cached per connection: the SQL is parsed once, every value is a bound parameter.
import type Database from 'better-sqlite3';

export type Db = Database.Database;

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

export function sql(db: Db, text: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    cache.set(text, stmt);
  }
  return stmt;
}

/** Runs fn in one transaction (nested calls become savepoints). */
export function tx<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}
