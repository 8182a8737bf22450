/**
 * The app's one connection to its database. When another tab opens a newer version of the
 * database, this connection is closed at once (so it can never write through a stale schema) and
 * listeners are told, so the app can offer a reload.
 */
import { PlannerDatabase, DATABASE_NAME } from './database';
import { currentDatabaseName } from './workspaceDatabase';

type Listener = () => void;

let current: PlannerDatabase | null = null;
let stale = false;
const staleListeners = new Set<Listener>();

/** Whether the database is upgrading this browser's rows as it opens (`PlannerDatabase`). */
let upgrading = false;
const upgradingListeners = new Set<Listener>();

function setUpgrading(value: boolean) {
  if (upgrading === value) return;
  upgrading = value;
  upgradingListeners.forEach((listener) => listener());
}

export function isUpgrading(): boolean {
  return upgrading;
}

export function onUpgrading(listener: Listener): () => void {
  upgradingListeners.add(listener);
  return () => upgradingListeners.delete(listener);
}

function attach(db: PlannerDatabase): PlannerDatabase {
  db.onRowsUpgrade = () => setUpgrading(true);
  db.on('ready', () => setUpgrading(false));
  db.on('versionchange', () => {
    stale = true;
    db.close();
    staleListeners.forEach((listener) => listener());
    return false;
  });
  return db;
}

export function database(): PlannerDatabase {
  // `safetynet-planner`, or the database the last restore wrote (decision 0016).
  current ??= attach(new PlannerDatabase(currentDatabaseName(DATABASE_NAME)));
  return current;
}

export function isConnectionStale(): boolean {
  return stale;
}

export function onStaleConnection(listener: Listener): () => void {
  staleListeners.add(listener);
  return () => staleListeners.delete(listener);
}

/**
 * Opens the database `name` as the app's one connection, closing the one it had: a worker opens the
 * page's, a restore moves to the database it wrote, and tests open a database of their own.
 */
export function openDatabaseNamed(name: string): PlannerDatabase {
  current?.close();
  stale = false;
  current = attach(new PlannerDatabase(name));
  closeChannel();
  return current;
}

/*
 * Other tabs. Every committed command is announced on a broadcast channel named after the
 * database, and each tab refreshes what it shows when another tab announces a change, so two tabs
 * never show different data for long. A tab does not hear its own announcements.
 */
let channel: BroadcastChannel | null = null;
const changeListeners = new Set<Listener>();

function changesChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(`${database().name}:changes`);
    channel.onmessage = () => changeListeners.forEach((listener) => listener());
    // In Node (tests, the benchmark) an open channel must not keep the process alive.
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  return channel;
}

function closeChannel() {
  channel?.close();
  channel = null;
  if (changeListeners.size > 0) changesChannel();
}

const committedListeners = new Set<Listener>();

/** In a worker, commands are announced by the page once it has the worker's answer. */
let announcedByThePage = false;

export function leaveAnnouncingToThePage(): void {
  announcedByThePage = true;
}

export function announceChange(): void {
  if (announcedByThePage) return;
  changesChannel()?.postMessage('changed');
  committedListeners.forEach((listener) => listener());
}

/** Calls `listener` after every command this tab commits (the shared plan sends it on). */
export function onCommitted(listener: Listener): () => void {
  committedListeners.add(listener);
  return () => committedListeners.delete(listener);
}

/** Calls `listener` whenever another tab commits a change. */
export function onChangeElsewhere(listener: Listener): () => void {
  changeListeners.add(listener);
  changesChannel();
  return () => changeListeners.delete(listener);
}
