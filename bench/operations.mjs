// An operation as Depot's GraphQlClient sends it (Operation::load): the document from resources/graphql plus
// every fragment it spreads (each in its own file, <dialect>/<FragmentName>.graphql), once. Used by the
// bench (bench/run-bench.mjs) and the fuzz corpus capture (tests/fuzz/capture-corpus.mjs), which must send
// the same bytes Depot sends.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GRAPHQL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'graphql');

export function depotOperation(dialect, name) {
  const read = (n) => fs.readFileSync(path.join(GRAPHQL, dialect, `${n}.graphql`), 'utf8');
  const spreads = (text) => [...text.matchAll(/\.\.\.\s*([A-Za-z_]\w*)/g)].map((m) => m[1]).filter((n) => n !== 'on');
  let text = read(name);
  const pending = spreads(text);
  const included = new Set();
  while (pending.length) {
    const fragment = pending.shift();
    if (included.has(fragment)) continue;
    included.add(fragment);
    const part = read(fragment);
    text += '\n' + part;
    pending.push(...spreads(part));
  }
  return text;
}
