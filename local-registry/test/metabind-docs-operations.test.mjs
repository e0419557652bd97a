// Depot's operations for the docs-shaped Metabind endpoint (resources/graphql/metabind-docs/) are not in the
// real schema, so ../shared/tools/check-operations skips them: they are validated here against the schema
// that /metabind-docs/graphql serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { docsSdl } from '../metabind/sdl.mjs';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'graphql', 'metabind-docs');

test("Depot's docs-shaped Metabind operations are valid against the docs-shaped schema", () => {
  const schema = buildSchema(docsSdl);
  const files = fs.readdirSync(folder).filter((n) => n.endsWith('.graphql'));
  assert.ok(files.length > 0);
  for (const name of files) {
    const errors = validate(schema, parse(fs.readFileSync(path.join(folder, name), 'utf8')));
    assert.deepEqual(errors.map((e) => e.message), [], name);
  }
});
