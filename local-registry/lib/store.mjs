// Persistence for the local registry: in-memory tables, made durable with a snapshot plus a journal.
//
// - snapshot.json holds every table; it is only ever replaced by writing snapshot.json.tmp, fsyncing it
//   and renaming it over the old one, so a kill -9 leaves either the old or the new snapshot.
// - journal.jsonl gets one line per changed row on flush(), fsynced before flush() resolves: a write
//   the server acknowledged is on disk. A kill -9 mid-append leaves at most one torn last line, which
//   was never acknowledged and is skipped on load.
// - On open, the journal is replayed over the snapshot and folded into a fresh snapshot.
// Files (Wasmer archives, Metabind assets, the demo CSV) live under files/ and are written the same
// temporary-then-rename way.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

class Table {
  constructor(store, name, rows) {
    this.store = store;
    this.name = name;
    this.rows = rows; // Map key -> value
  }
  get(key) { return this.rows.get(key); }
  has(key) { return this.rows.has(key); }
  values() { return this.rows.values(); }
  keys() { return this.rows.keys(); }
  entries() { return this.rows.entries(); }
  get size() { return this.rows.size; }
  /** Changes memory now; durable after the next `await store.flush()`. */
  set(key, value) {
    this.rows.set(key, value);
    this.store.dirty.set(`${this.name}\u0000${key}`, { t: this.name, k: key });
    return value;
  }
  delete(key) {
    const had = this.rows.delete(key);
    if (had) this.store.dirty.set(`${this.name}\u0000${key}`, { t: this.name, k: key });
    return had;
  }
}

export class Store {
  constructor(dir) {
    this.dir = dir;
    this.tables = new Map();
    this.dirty = new Map();
    this.snapshotPath = path.join(dir, 'snapshot.json');
    this.journalPath = path.join(dir, 'journal.jsonl');
    this.filesDir = path.join(dir, 'files');
    this.flushing = Promise.resolve();
    this.emptyAtOpen = true;
  }

  /** A named table, e.g. 'datapm.packages'; created empty on first use. */
  table(name) {
    let t = this.tables.get(name);
    if (!t) {
      t = new Table(this, name, new Map());
      this.tables.set(name, t);
    }
    return t;
  }

  /**
   * True when the data folder held nothing when it was opened: only then does the server seed it.
   * Writes made since (a dialect creating its signing key at start-up) do not change the answer.
   */
  isEmpty() { return this.emptyAtOpen; }

  async load() {
    await fsp.mkdir(this.filesDir, { recursive: true });
    let snapshot = {};
    try {
      snapshot = JSON.parse(await fsp.readFile(this.snapshotPath, 'utf8'));
      this.emptyAtOpen = false;
    } catch (e) {
      if (e.code !== 'ENOENT') throw new Error(`cannot read ${this.snapshotPath}: ${e.message}`);
    }
    for (const [name, rows] of Object.entries(snapshot)) this.tables.set(name, new Table(this, name, new Map(rows)));
    let journal = '';
    try { journal = await fsp.readFile(this.journalPath, 'utf8'); } catch (e) { if (e.code !== 'ENOENT') throw e; }
    for (const line of journal.split('\n')) {
      if (!line) continue;
      let entry;
      try { entry = JSON.parse(line); } catch { continue; } // torn last line of a killed write: never acknowledged
      this.emptyAtOpen = false;
      const rows = this.table(entry.t).rows;
      if (entry.d) rows.delete(entry.k); else rows.set(entry.k, entry.v);
    }
    if (journal) await this.compact();
  }

  /** Makes every change since the last flush durable. Call before acknowledging a write. */
  flush() {
    return this.serialize(() => this.flushNow());
  }

  /**
   * Runs flushes and compactions one at a time: a journal append still in flight while a compaction
   * removes the journal would otherwise recreate it with stale rows. A failed step does not block later ones.
   */
  serialize(step) {
    const run = this.flushing.catch(() => {}).then(step);
    this.flushing = run;
    return run;
  }

  async flushNow() {
    if (this.dirty.size === 0) return;
    const lines = [];
    for (const { t, k } of this.dirty.values()) {
      const rows = this.tables.get(t).rows;
      lines.push(JSON.stringify(rows.has(k) ? { t, k, v: rows.get(k) } : { t, k, d: 1 }));
    }
    this.dirty.clear();
    const fh = await fsp.open(this.journalPath, 'a');
    try {
      await fh.appendFile(lines.join('\n') + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  /** Writes every table into a new snapshot (temporary file, fsync, rename) and empties the journal. */
  compact() {
    return this.serialize(() => this.compactNow());
  }

  async compactNow() {
    this.dirty.clear();
    const obj = {};
    for (const [name, t] of this.tables) obj[name] = [...t.rows];
    await writeFileAtomic(this.snapshotPath, JSON.stringify(obj));
    await fsp.rm(this.journalPath, { force: true });
  }

  /** Stores a file under files/ (atomically) and returns its path relative to files/. */
  async putFile(relPath, data) {
    const target = this.filePath(relPath);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, data);
    return relPath;
  }

  /**
   * Moves a file already under files/ (an upload) to relPath: fsync, then rename, so the stored file is
   * complete or absent. Returns relPath.
   */
  async moveIntoFiles(absPath, relPath) {
    const target = this.filePath(relPath);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const fh = await fsp.open(absPath, 'r+');
    try { await fh.sync(); } finally { await fh.close(); }
    await fsp.rename(absPath, target);
    return relPath;
  }

  /** Absolute path of a stored file, or null when relPath tries to leave files/. */
  filePath(relPath) {
    const target = path.resolve(this.filesDir, relPath);
    if (!target.startsWith(this.filesDir + path.sep)) return null;
    return target;
  }

  fileExists(relPath) {
    const p = this.filePath(relPath);
    return p !== null && fs.existsSync(p);
  }
}

export async function writeFileAtomic(target, data) {
  const tmp = `${target}.${process.pid}.tmp`;
  const fh = await fsp.open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fsp.rename(tmp, target);
}

export async function openStore(dir) {
  await fsp.mkdir(dir, { recursive: true });
  const store = new Store(path.resolve(dir));
  await store.load();
  return store;
}
