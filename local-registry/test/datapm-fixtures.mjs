// Shared bits of the DataPM tests (no tests here; `node --test test/` imports it harmlessly).
import fs from 'node:fs';
import { gql, loadOperation } from './helpers.mjs';

/** Deletes a stopped server's temporary data folder (the bulk one holds ~35 MB). */
export const removeData = (srv) => srv && fs.rmSync(srv.dataDir, { recursive: true, force: true });

/** Runs test/operations/datapm/<name>.graphql. */
export const op = (url, name, variables, headers) => gql(url, 'datapm', loadOperation('datapm', name), variables, headers);

export const bearer = (jwt) => ({ authorization: `Bearer ${jwt}` });
export const apiKeyHeader = (id, secret) => ({ 'x-api-key': Buffer.from(`${id}.${secret}`).toString('base64') });
export const ALL_SCOPES = ['MANAGE_API_KEYS', 'READ_PRIVATE_ASSETS', 'MANAGE_PRIVATE_ASSETS'];

export async function login(url, username = 'demo', password = 'demo-password-1') {
  const r = await op(url, 'Login', { username, password });
  if (!r.body.data?.login) throw new Error(`login failed: ${JSON.stringify(r.body)}`);
  return r.body.data.login;
}

/** A valid v0.32.1 package file; `fields` are the properties of its one schema ({name: type}). */
export function packageFile(slug, version, { fields = { name: 'string', value: 'number' }, readme = 'Some data.', extra = {} } = {}) {
  return {
    $schema: 'https://datapm.io/docs/package-file-schema-v0.32.1.json',
    packageSlug: slug,
    displayName: 'Test package',
    description: 'A package made by a test',
    version,
    updatedDate: new Date().toISOString(),
    canonical: true,
    readmeMarkdown: `# Test\n\n${readme}\n`,
    licenseMarkdown: 'Public domain',
    schemas: [{
      title: 'rows',
      properties: Object.fromEntries(Object.entries(fields).map(([f, t]) => [f, { title: f, types: { [t]: { recordCount: 3 } } }])),
    }],
    sources: [{
      slug: 'csv', type: 'http', connectionConfiguration: { uri: 'http://example.com/x.csv' },
      streamSets: [{ slug: 'rows', schemaTitles: ['rows'], updateMethods: ['BATCH_FULL_SET'] }],
    }],
    ...extra,
  };
}

/** Publishes a package file (as the JSON string the real API takes) to demo/<slug>. */
export const publish = (url, headers, slug, file) => op(url, 'CreateVersion',
  { identifier: { catalogSlug: 'demo', packageSlug: slug }, value: { packageFile: JSON.stringify(file) } }, headers);

export const versionOf = (r) => {
  const id = r.body.data.createVersion.identifier;
  return `${id.versionMajor}.${id.versionMinor}.${id.versionPatch}`;
};
