// DataPM dialect, in-process: the package-file checks, the version rules and the word matcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePackageFile } from '../datapm/packagefile.mjs';
import { changeLevel, minNextVersion } from '../datapm/versions.mjs';
import { matcher, stem, wordsOf } from '../datapm/text.mjs';
import { packageFile } from './datapm-fixtures.mjs';

const invalid = (file) => assert.throws(() => parsePackageFile(JSON.stringify(file)), /INVALID_PACKAGE_FILE_SCHEMA/);

test('a valid file passes; each required field is required', () => {
  const good = packageFile('ok-pkg', '1.2.3');
  assert.equal(parsePackageFile(JSON.stringify(good)).version, '1.2.3');
  for (const f of ['updatedDate', 'displayName', 'packageSlug', 'version', 'description', 'schemas', 'sources', 'canonical']) {
    const { [f]: _gone, ...rest } = good;
    invalid(rest);
  }
});

test('slug, display name, version and size rules', () => {
  invalid(packageFile('a'.repeat(39), '1.0.0'));
  parsePackageFile(JSON.stringify(packageFile('a'.repeat(38), '1.0.0')));
  invalid(packageFile('UPPER', '1.0.0'));
  invalid(packageFile('ok', 'v1.0.0'));
  invalid({ ...packageFile('ok', '1.0.0'), displayName: 'x'.repeat(129) });
  invalid({ ...packageFile('ok', '1.0.0'), readmeMarkdown: 'x'.repeat(100001) });
  invalid({ ...packageFile('ok', '1.0.0'), readmeFile: 'README.md' }); // both readme forms
  invalid({ ...packageFile('ok', '1.0.0'), schemas: {} });
  invalid({ ...packageFile('ok', '1.0.0'), sources: [{ slug: 's', type: 't' }] });
  assert.throws(() => parsePackageFile({ not: 'a string' }), /string/);
  assert.throws(() => parsePackageFile('{not json'), /INVALID_PACKAGE_FILE_SCHEMA/);
});

test('change levels and the next version they need', () => {
  const base = packageFile('p', '1.0.0');
  assert.equal(changeLevel(base, { ...base, version: '9.9.9', updatedDate: '2030-01-01T00:00:00Z' }), 'none');
  assert.equal(changeLevel(base, packageFile('p', '1.0.1', { readme: 'other' })), 'patch');
  assert.equal(changeLevel(base, packageFile('p', '1.1.0', { fields: { name: 'string', value: 'number', more: 'date' } })), 'minor');
  assert.equal(changeLevel(base, packageFile('p', '2.0.0', { fields: { name: 'string' } })), 'major');
  assert.equal(changeLevel(base, packageFile('p', '2.0.0', { fields: { name: 'string', value: 'string' } })), 'major');
  assert.equal(changeLevel(base, { ...base, schemas: [] }), 'major');
  assert.equal(changeLevel(base, { ...base, schemas: [...base.schemas, { title: 'extra', properties: {} }] }), 'minor');
  assert.equal(minNextVersion('1.2.3', 'major'), '2.0.0');
  assert.equal(minNextVersion('1.2.3', 'minor'), '1.3.0');
  assert.equal(minNextVersion('1.2.3', 'patch'), '1.2.4');
});

test('word matching stems words; substrings match names', () => {
  assert.equal(stem('hurricanes'), stem('hurricane'));
  assert.equal(stem('countries'), stem('country'));
  const entry = { sub: 'hurricane-tracks\natlantic hurricane tracks\nnoaa/hurricane-tracks', words: new Set(wordsOf('Best track positions of cyclones').map(stem)) };
  assert.ok(matcher('cyclone')(entry));
  assert.ok(matcher('noaa/hurr')(entry));
  assert.ok(matcher('TRACK positions')(entry));
  assert.ok(!matcher('track weather')(entry));
  assert.ok(matcher('')(entry));
});
