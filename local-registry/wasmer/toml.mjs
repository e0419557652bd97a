// A minimal TOML reader for wasmer.toml / wapm.toml. Why hand-written: we may not add dependencies
// (graphql only), and a manifest check needs only a few keys: [package] name/version/description/...,
// [[module]] name/source/abi, [module.interfaces], [[command]] name/module, [dependencies].
// Supported: comments, [table], [a.b], [[array-of-tables]], key = "basic" | 'literal' | """multi-line""" |
// integer | float | boolean | single-line array of those. Quoted keys are allowed. Inline tables and
// multi-line arrays are kept as raw text (we never need their contents). Malformed lines throw.

export function parseToml(text) {
  const root = {};
  let current = root;
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = stripComment(lines[n]).trim();
    if (!line) continue;
    const fail = (why) => { throw new Error(`manifest does not parse: line ${n + 1}: ${why}`); };
    let m;
    if ((m = /^\[\[\s*([^\]]+?)\s*\]\]$/.exec(line))) {
      const path = splitKey(m[1]);
      const parent = walk(root, path.slice(0, -1), fail);
      const last = path[path.length - 1];
      if (parent[last] === undefined) parent[last] = [];
      if (!Array.isArray(parent[last])) fail(`${m[1]} is not an array of tables`);
      current = {};
      parent[last].push(current);
      continue;
    }
    if ((m = /^\[\s*([^\]]+?)\s*\]$/.exec(line))) {
      current = walk(root, splitKey(m[1]), fail);
      continue;
    }
    const eq = findEquals(line);
    if (eq < 0) fail('expected key = value');
    const keyPath = splitKey(line.slice(0, eq));
    let raw = line.slice(eq + 1).trim();
    if (raw.startsWith('"""') && !(raw.length >= 6 && raw.endsWith('"""'))) {
      // multi-line basic string: collect until the closing """
      const chunks = [raw.slice(3)];
      while (++n < lines.length && !lines[n].includes('"""')) chunks.push(lines[n]);
      if (n >= lines.length) fail('unterminated """ string');
      chunks.push(lines[n].slice(0, lines[n].indexOf('"""')));
      raw = '"""' + chunks.join('\n').replace(/^\n/, '') + '"""';
    }
    const target = walk(current, keyPath.slice(0, -1), fail);
    target[keyPath[keyPath.length - 1]] = parseValue(raw, fail);
  }
  return root;
}

function stripComment(line) {
  let q = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === '\\' && q === '"') i++; else if (c === q) q = null; }
    else if (c === '"' || c === "'") q = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function findEquals(line) {
  let q = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === q) q = null; } else if (c === '"' || c === "'") q = c; else if (c === '=') return i;
  }
  return -1;
}

/** a.b."c.d" -> ['a', 'b', 'c.d']: dots inside quotes belong to the key. */
function splitKey(s) {
  const keys = [];
  let cur = '', q = null;
  for (const c of s) {
    if (q) { if (c === q) q = null; cur += c; } else if (c === '"' || c === "'") { q = c; cur += c; } else if (c === '.') { keys.push(cur); cur = ''; } else cur += c;
  }
  keys.push(cur);
  return keys.map((k) => k.trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2'));
}

// Descends into tables, stepping into the last element of an array of tables ([module.interfaces]).
function walk(obj, path, fail) {
  for (const k of path) {
    if (obj[k] === undefined) obj[k] = {};
    obj = Array.isArray(obj[k]) ? obj[k][obj[k].length - 1] : obj[k];
    if (typeof obj !== 'object' || obj === null) fail(`${k} is not a table`);
  }
  return obj;
}

const ESC = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f' };

function parseValue(raw, fail) {
  if (raw.startsWith('"""')) return raw.slice(3, -3).replace(/\\(.)/g, (_, c) => ESC[c] ?? c);
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
    if (!m) fail('bad string');
    return m[1].replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, (_, c) => ESC[c] ?? c);
  }
  if (raw.startsWith("'")) {
    if (!/^'[^']*'$/.test(raw)) fail('bad literal string');
    return raw.slice(1, -1);
  }
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^[+-]?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw.replace(/_/g, ''));
  if (raw.startsWith('[') && raw.endsWith(']')) {
    const inner = raw.slice(1, -1).trim();
    if (!inner) return [];
    return splitTopLevel(inner).filter((x) => x.trim()).map((x) => parseValue(x.trim(), fail));
  }
  if (raw.startsWith('[') || raw.startsWith('{')) return raw; // multi-line array or inline table: kept raw
  return fail(`cannot read value ${JSON.stringify(raw.slice(0, 40))}`);
}

function splitTopLevel(s) {
  const out = [];
  let q = null, depth = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === q) q = null; continue; }
    if (c === '"' || c === "'") q = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  out.push(s.slice(start));
  return out;
}
