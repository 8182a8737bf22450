/**
 * The app's one connection to its database. When another tab opens a newer version of the
 * database, this connection is closed at once (so it can never write through a stale schema) and
 * listeners are told, so the app can offer a reload.
 */
import { PlannerDatabase, DATABASE_NAME } from './database';

type Listener = () => void;

let current: PlannerDatabase | null = null;
let stale = false;
const staleListeners = new Set<Listener>();

function attach(db: PlannerDatabase): PlannerDatabase {
  db.on('versionchange', () => {
    stale = true;
    db.close();
    staleListeners.forEach((listener) => listener());
    return false;
  });
  return db;
}

export function database(): PlannerDatabase {
  current ??= attach(new PlannerDatabase(DATABASE_NAME));
  return current;
}

export function isConnectionStale(): boolean {
  return stale;
}

export function onStaleConnection(listener: Listener): () => void {
  staleListeners.add(listener);
  return () => staleListeners.delete(listener);
}

/** Tests and the benchmark harness open a database of their own name. */
export function openDatabaseNamed(name: string): PlannerDatabase {
  current?.close();
  stale = false;
  current = attach(new PlannerDatabase(name));
  return current;
}
