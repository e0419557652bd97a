// DataPM dialect: publishing (packages, versions, the version rules and package-file checks).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './helpers.mjs';
import { op, login, bearer, packageFile, publish, versionOf, removeData } from './datapm-fixtures.mjs';

let srv, auth;
before(async () => {
  srv = await startServer({ seed: 'demo' });
  auth = bearer(await login(srv.url));
});
after(async () => { await srv?.stop(); removeData(srv); });

const create = (slug, headers = auth, catalogSlug = 'demo') => op(srv.url, 'CreatePackage',
  { value: { catalogSlug, packageSlug: slug, displayName: `Package ${slug}`, description: 'made by a test' } }, headers);

test('new packages are private until made public, which needs a version and a public catalog', async () => {
  const made = await create('fresh-one');
  assert.equal(made.body.data.createPackage.isPublic, false);
  const id = { catalogSlug: 'demo', packageSlug: 'fresh-one' };
  assert.equal((await op(srv.url, 'PackageDetails', { identifier: id })).body.errors[0].message, 'NOT_AUTHENTICATED');
  assert.equal((await op(srv.url, 'SearchPackages', { query: 'fresh-one', offSet: 0, limit: 5 })).body.data.searchPackages.count, 0);
  const early = await op(srv.url, 'UpdatePackage', { identifier: id, value: { isPublic: true } }, auth);
  assert.ok(early.body.errors?.length);
  assert.equal(versionOf(await publish(srv.url, auth, 'fresh-one', packageFile('fresh-one', '1.0.0'))), '1.0.0');
  const pub = await op(srv.url, 'UpdatePackage', { identifier: id, value: { isPublic: true, description: 'now public' } }, auth);
  assert.equal(pub.body.data.updatePackage.isPublic, true);
  const seen = await op(srv.url, 'SearchPackages', { query: 'fresh-one', offSet: 0, limit: 5 });
  assert.equal(seen.body.data.searchPackages.count, 1);
  // alice's catalog is private: her package cannot become public.
  const alice = bearer(await login(srv.url, 'alice', 'alice-password-1'));
  await create('hers', alice, 'alice');
  await op(srv.url, 'CreateVersion', { identifier: { catalogSlug: 'alice', packageSlug: 'hers' }, value: { packageFile: JSON.stringify(packageFile('hers', '1.0.0')) } }, alice);
  const refused = await op(srv.url, 'UpdatePackage', { identifier: { catalogSlug: 'alice', packageSlug: 'hers' }, value: { isPublic: true } }, alice);
  assert.ok(refused.body.errors?.length);
});

test('writing needs credentials and permission; slugs are checked', async () => {
  const anon = await create('anon-pkg', {});
  assert.equal(anon.status, 200);
  assert.equal(anon.body.errors[0].message, 'NOT_AUTHENTICATED');
  assert.equal(anon.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const alice = bearer(await login(srv.url, 'alice', 'alice-password-1'));
  const foreign = await create('not-yours', alice, 'demo');
  assert.equal(foreign.body.errors[0].message, 'NOT_AUTHORIZED');
  const badSlug = await create('Bad Slug!');
  assert.match(badSlug.body.errors[0].message, /^PACKAGE_SLUG_INVALID/);
  const noCatalog = await create('x-pkg', auth, 'no-such-catalog');
  assert.match(noCatalog.body.errors[0].message, /^CATALOG_NOT_FOUND/);
  const cat = await op(srv.url, 'CreateCatalog', { value: { slug: 'demo-lab', displayName: 'Demo Lab', isPublic: false } }, auth);
  assert.equal(cat.body.data.createCatalog.identifier.catalogSlug, 'demo-lab');
  const mine = await op(srv.url, 'MyCatalogs', undefined, auth);
  assert.deepEqual(mine.body.data.myCatalogs.map((c) => c.identifier.catalogSlug).sort(), ['demo', 'demo-lab']);
});

test('version rules: identical content, patch, minor and major changes', async () => {
  await create('rules');
  const v1 = packageFile('rules', '1.0.0');
  assert.equal(versionOf(await publish(srv.url, auth, 'rules', v1)), '1.0.0');
  // Identical content: the existing version, even when a higher number is asked for.
  const same = await publish(srv.url, auth, 'rules', { ...v1, version: '3.0.0', updatedDate: new Date().toISOString() });
  assert.equal(same.status, 200);
  assert.equal(versionOf(same), '1.0.0');
  const expectMin = async (file, min) => {
    const r = await publish(srv.url, auth, 'rules', file);
    assert.equal(r.status, 200);
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'HIGHER_VERSION_REQUIRED', JSON.stringify(r.body));
    assert.equal(r.body.errors[0].extensions.minNextVersion, min);
    return r.body.errors[0].extensions;
  };
  // Text change: next patch.
  const ext = await expectMin(packageFile('rules', '1.0.0', { readme: 'Better words.' }), '1.0.1');
  assert.equal(ext.existingVersion, '1.0.0');
  assert.equal(versionOf(await publish(srv.url, auth, 'rules', packageFile('rules', '1.0.1', { readme: 'Better words.' }))), '1.0.1');
  // Added property: next minor.
  const added = { name: 'string', value: 'number', extra: 'boolean' };
  await expectMin(packageFile('rules', '1.0.2', { fields: added, readme: 'Better words.' }), '1.1.0');
  assert.equal(versionOf(await publish(srv.url, auth, 'rules', packageFile('rules', '1.1.0', { fields: added, readme: 'Better words.' }))), '1.1.0');
  // Removed property or changed type: next major.
  await expectMin(packageFile('rules', '1.2.0', { readme: 'Better words.' }), '2.0.0');
  await expectMin(packageFile('rules', '1.5.0', { fields: { ...added, value: 'string' }, readme: 'Better words.' }), '2.0.0');
  assert.equal(versionOf(await publish(srv.url, auth, 'rules', packageFile('rules', '2.0.0', { readme: 'Better words.' }))), '2.0.0');
  const details = await op(srv.url, 'PackageDetails', { identifier: { catalogSlug: 'demo', packageSlug: 'rules' } }, auth);
  const versions = details.body.data.package.versions.map((v) => `${v.identifier.versionMajor}.${v.identifier.versionMinor}.${v.identifier.versionPatch}`);
  assert.deepEqual(versions, ['2.0.0', '1.1.0', '1.0.1', '1.0.0']);
});

test('package files are checked: HTTP 400 with INVALID_PACKAGE_FILE_SCHEMA', async () => {
  await create('checked');
  const { sources, ...noSources } = packageFile('checked', '1.0.0');
  const missing = await publish(srv.url, auth, 'checked', noSources);
  assert.equal(missing.status, 400);
  assert.match(missing.body.errors[0].message, /INVALID_PACKAGE_FILE_SCHEMA/);
  const { licenseMarkdown, ...noLicense } = packageFile('checked', '1.0.0');
  assert.match((await publish(srv.url, auth, 'checked', noLicense)).body.errors[0].message, /INVALID_PACKAGE_FILE_SCHEMA/);
  const badSlug = await publish(srv.url, auth, 'checked', packageFile('Not_A-Slug!', '1.0.0'));
  assert.match(badSlug.body.errors[0].message, /INVALID_PACKAGE_FILE_SCHEMA/);
  const badVersion = await publish(srv.url, auth, 'checked', packageFile('checked', '1.0'));
  assert.match(badVersion.body.errors[0].message, /INVALID_PACKAGE_FILE_SCHEMA/);
  const asObject = await op(srv.url, 'CreateVersion', { identifier: { catalogSlug: 'demo', packageSlug: 'checked' }, value: { packageFile: packageFile('checked', '1.0.0') } }, auth);
  assert.equal(asObject.status, 400);
  // Without $schema the file is upgraded and gets a licence text.
  const { $schema, ...old } = noLicense;
  assert.equal(versionOf(await publish(srv.url, auth, 'checked', old)), '1.0.0');
  const details = await op(srv.url, 'PackageDetails', { identifier: { catalogSlug: 'demo', packageSlug: 'checked' } }, auth);
  assert.equal(JSON.parse(details.body.data.package.latestVersion.packageFile).licenseMarkdown, 'No license defined');
});

test('deletePackage removes a package', async () => {
  await create('short-lived');
  const id = { catalogSlug: 'demo', packageSlug: 'short-lived' };
  const del = await op(srv.url, 'DeletePackage', { identifier: id }, auth);
  assert.equal(del.body.data.deletePackage, null);
  const gone = await op(srv.url, 'PackageDetails', { identifier: id }, auth);
  assert.equal(gone.body.errors[0].message, 'PACKAGE_NOT_FOUND - demo/short-lived');
});

test('a refused createVersion or updatePackage leaves the package exactly as before', async () => {
  await create('atomic');
  const id = { catalogSlug: 'demo', packageSlug: 'atomic' };
  assert.equal(versionOf(await publish(srv.url, auth, 'atomic', packageFile('atomic', '1.0.0'))), '1.0.0');
  const snapshot = async () => (await op(srv.url, 'PackageDetails', { identifier: id }, auth)).body.data.package;
  const before = await snapshot();
  // A text change (and a new description) published under the same number: HIGHER_VERSION_REQUIRED.
  const low = await publish(srv.url, auth, 'atomic', { ...packageFile('atomic', '1.0.0', { readme: 'Changed.' }), description: 'a new description' });
  assert.equal(low.body.errors[0].extensions.code, 'HIGHER_VERSION_REQUIRED');
  assert.deepEqual(await snapshot(), before);
  // updatePackage that fails half-way through its checks (moving onto a taken slug) changes nothing either.
  await create('atomic-taken');
  const moved = await op(srv.url, 'UpdatePackage', { identifier: id, value: { newPackageSlug: 'atomic-taken', displayName: 'Renamed', description: 'x' } }, auth);
  assert.match(moved.body.errors[0].message, /^PACKAGE_SLUG_NOT_AVAILABLE/);
  const publicCatalogless = await op(srv.url, 'UpdatePackage', { identifier: id, value: { newCatalogSlug: 'noaa', description: 'y' } }, auth);
  assert.equal(publicCatalogless.body.errors[0].message, 'NOT_AUTHORIZED');
  assert.deepEqual(await snapshot(), before);
});

test('readmeFile and licenseFile are kept as given and not read: no README or licence text appears', async () => {
  // The real server does not read files named by the package file (it cannot: they are on the
  // publisher's disk); the datapm CLI inlines them as readmeMarkdown/licenseMarkdown before sending.
  await create('by-file');
  const { readmeMarkdown, licenseMarkdown, ...rest } = packageFile('by-file', '1.0.0');
  const file = { ...rest, readmeFile: 'README.md', licenseFile: 'LICENSE.md' };
  assert.equal(versionOf(await publish(srv.url, auth, 'by-file', file)), '1.0.0');
  const details = await op(srv.url, 'PackageDetails', { identifier: { catalogSlug: 'demo', packageSlug: 'by-file' } }, auth);
  const stored = JSON.parse(details.body.data.package.latestVersion.packageFile);
  assert.equal(stored.readmeFile, 'README.md');
  assert.equal(stored.licenseFile, 'LICENSE.md');
  assert.equal(stored.readmeMarkdown, undefined);
  assert.equal(stored.licenseMarkdown, undefined);
  // Both a file and inline text for the same thing is refused by the schema's oneOf.
  const both = await publish(srv.url, auth, 'by-file', { ...file, version: '1.0.1', readmeMarkdown: '# x' });
  assert.equal(both.status, 400);
  assert.match(both.body.errors[0].message, /INVALID_PACKAGE_FILE_SCHEMA/);
});
