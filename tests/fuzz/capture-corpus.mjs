// Captures the seed corpus of the fuzz targets: small real answers from the local registry (demo seed) to the
// operations Depot sends, written byte for byte to tests/fuzz/corpus/<target>/<dialect>-<Operation>.json.
// Run it again when the operations change:  node tests/fuzz/capture-corpus.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../local-registry/test/helpers.mjs';
import { depotOperation } from '../../bench/operations.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CORPUS = path.join(HERE, 'corpus');

// Lists are asked for 3 rows: small seeds mutate faster, and 3 rows already have every field.
const requests = {
  datapm: {
    RegistryStatus: {},
    LatestPackages: { offSet: 0, limit: 3 },
    SearchPackages: { query: 'city', offSet: 0, limit: 3 },
    Package: { identifier: { catalogSlug: 'opendata', packageSlug: 'nobel-laureates' } },
  },
  wasmer: {
    RegistryStatus: {},
    RecentPackageVersions: { first: 3 },
    SearchPackages: { query: 'web', first: 3 },
    Package: { name: 'wasmer/static-web-server' },
    PackageVersion: { name: 'wasmer/static-web-server', version: '2.0.0' },
    InterfaceVersion: { name: 'wasi', first: 3 },
    PackageDownloads: { name: 'python', version: 'latest' },
    Interface: { name: 'wasi' },
    Interfaces: { names: ['wasi', 'emscripten', 'nope'] },
    NamespacePackages: { name: 'wasmer', first: 3 },
    UserPackages: { username: 'syrusakbary', first: 3 },
    SearchNamespaces: { query: '', first: 3 },
    SearchUsers: { query: '', first: 3 },
    SearchFilteredPackages: { query: '', filter: { withInterfaces: ['wasi'], orderBy: 'TOTAL_DOWNLOADS' }, first: 3 },
  },
  metabind: {
    RegistryStatus: {},
    Packages: { limit: 3 },
    Package: { version: '1.1.0' },
  },
};
const headers = { metabind: { 'x-api-key': 'demo-org:demo-project:mb-demo-key' } };

async function post(url, dialect, query, variables, operationName) {
  const res = await fetch(`${url}/${dialect}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers[dialect] ?? {}) },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

function write(target, name, bytes) {
  fs.mkdirSync(path.join(CORPUS, target), { recursive: true });
  fs.writeFileSync(path.join(CORPUS, target, name), bytes);
}

const server = await startServer({ seed: 'demo' });
try {
  for (const [dialect, operations] of Object.entries(requests)) {
    for (const [name, variables] of Object.entries(operations)) {
      const file = path.join(ROOT, 'resources', 'graphql', dialect, `${name}.graphql`);
      if (!fs.existsSync(file)) continue;
      const { status, bytes } = await post(server.url, dialect, depotOperation(dialect, name), variables, name);
      if (status !== 200) throw new Error(`${dialect}/${name}: HTTP ${status}: ${bytes}`);
      write(dialect, `${dialect}-${name}.json`, bytes);
      if (name === 'RegistryStatus' || name === 'Package') write('answer', `${dialect}-${name}.json`, bytes);
    }
  }
  // Error answers for the answer decoder: a validation error (400) and an execution error with data.
  const invalid = await post(server.url, 'datapm', 'query Broken { noSuchField }', {}, 'Broken');
  write('answer', 'datapm-validation-error.json', invalid.bytes);
  const notFound = await post(server.url, 'datapm', depotOperation('datapm', 'Package'),
    { identifier: { catalogSlug: 'nope', packageSlug: 'nope' } }, 'Package');
  write('answer', 'datapm-package-not-found.json', notFound.bytes);
  // The package-file checker: the package file of a real version, as the server stores it.
  const pkg = JSON.parse(fs.readFileSync(path.join(CORPUS, 'datapm', 'datapm-Package.json'), 'utf8'));
  write('packagefile', 'datapm-nobel-laureates.json', pkg.data.package.latestVersion.packageFile);
  // CSV inference: the head of the demo CSV file (the form infers types from the first rows only).
  const csv = Buffer.from(await (await fetch(`${server.url}/files/demo/world-cities.csv`)).arrayBuffer());
  const lines = csv.toString('utf8').split('\n').slice(0, 20).join('\n');
  write('csv', 'world-cities-head.csv', lines);
  write('csv', 'quoted.csv', 'name;"note, with ""quotes"""\n"a\nb";1.5\n');
} finally {
  await server.stop();
}
console.log(`corpus written to ${CORPUS}`);
