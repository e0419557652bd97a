// Version rules of createVersion: how big a change is decides the lowest acceptable next version.
//   removed schema or property, or changed types -> next major
//   added schema or property                      -> next minor
//   any other change (texts, samples, counts)     -> next patch
//   no change at all                              -> the existing version is returned
import { compareSemver } from './model.mjs';

/** JSON with sorted keys, so that key order does not count as a change. */
function stable(v) {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The file's content without what changes on every publish by itself. */
export function contentKey(file) {
  const { version, updatedDate, generatedBy, ...rest } = file;
  return stable(rest);
}

const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
const max = (a, b) => (RANK[a] >= RANK[b] ? a : b);

function compareProperties(oldProps = {}, newProps = {}) {
  let change = 'none';
  for (const [name, oldP] of Object.entries(oldProps)) {
    const newP = newProps[name];
    if (!newP) return 'major';
    const oldTypes = Object.keys(oldP.types || {}).sort().join(',');
    const newTypes = Object.keys(newP.types || {}).sort().join(',');
    if (oldTypes !== newTypes) return 'major';
    change = max(change, compareProperties(oldP.properties, newP.properties));
    if (change === 'major') return change;
  }
  if (Object.keys(newProps).some((name) => !(name in oldProps))) change = max(change, 'minor');
  return change;
}

/** 'none' | 'patch' | 'minor' | 'major' */
export function changeLevel(oldFile, newFile) {
  if (contentKey(oldFile) === contentKey(newFile)) return 'none';
  const byTitle = (file) => new Map((file.schemas || []).map((s) => [s.title, s]));
  const oldSchemas = byTitle(oldFile), newSchemas = byTitle(newFile);
  let change = 'patch';
  for (const [title, s] of oldSchemas) {
    const n = newSchemas.get(title);
    if (!n) return 'major';
    change = max(change, compareProperties(s.properties, n.properties));
    if (change === 'major') return change;
  }
  for (const title of newSchemas.keys()) if (!oldSchemas.has(title)) change = max(change, 'minor');
  return change;
}

export function minNextVersion(existing, level) {
  const [M, m, p] = existing.split('.').map(Number);
  if (level === 'major') return `${M + 1}.0.0`;
  if (level === 'minor') return `${M}.${m + 1}.0`;
  return `${M}.${m}.${p + 1}`;
}

export const versionAtLeast = (v, min) => compareSemver(v, min) >= 0;
