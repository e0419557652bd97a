// Seeds: `demo` (a small realistic registry) and `bulk` (many light synthetic packages for paging
// and speed tests). Bulk versions store no package file: it is generated from the row on read,
// which keeps a 100000-package store small and quick to write.
import { hashPassword } from './auth.mjs';
import { CURRENT_SCHEMA } from './packagefile.mjs';
import { wordsOf, stem } from './text.mjs';
import { CATALOGS, PACKAGES, PRIVATE_PACKAGE, COLLECTIONS, PRIVATE_COLLECTION, WORLD_CITIES } from './seed-data.mjs';

const DAY = 24 * 3600 * 1000;
const LICENSE = '# License\n\nThis data is available under the [Open Data Commons Attribution License](https://opendatacommons.org/licenses/by/1-0/).\nYou may share and adapt it as long as you credit the source.\n';

function readme(cat, slug, displayName, description, fields, records, website, version) {
  const title = fields[0][0] === 'name' ? 'records' : slug.replace(/-/g, '_');
  return [
    `# ${displayName}`, '', description, '',
    '## Contents', '',
    `- **${title}**: about ${records.toLocaleString('en-US')} records`,
    `- ${fields.length} fields, documented below`,
    '- Updated regularly from the original publisher', '',
    '## Fields', '', '| Field | Type |', '|---|---|',
    ...fields.map(([f, t]) => `| \`${f}\` | ${t} |`), '',
    '## Usage', '', 'Fetch the package with the DataPM command line client:', '',
    '```bash', `datapm fetch {{registry}}/datapm/${cat}/${slug}`, '```', '',
    `More about the data at [the publisher's website](${website}).`, '',
    '## Changes', '', `- ${version}: ${version === '1.0.0' ? 'first release' : version.endsWith('.0') ? 'new field added' : 'documentation improvements'}`, '',
  ].join('\n');
}

function packageFile({ cat, slug, displayName, description, fields, records, website, version, updatedDate, readmeMarkdown }) {
  const title = slug.replace(/-/g, '_');
  const uri = slug === 'world-cities' ? '{{registry}}/files/demo/world-cities.csv' : `${website}/data/${slug}.csv`;
  return {
    $schema: CURRENT_SCHEMA,
    packageSlug: slug, displayName, description, version, updatedDate, canonical: true,
    generatedBy: 'Depot local registry seed', website, readmeMarkdown, licenseMarkdown: LICENSE,
    schemas: [{
      title, recordCount: records, recordCountPrecision: 'EXACT',
      properties: Object.fromEntries(fields.map(([f, t]) => [f, { title: f, types: { [t]: { recordCount: records } } }])),
    }],
    sources: [{
      slug: 'csv', type: 'http', connectionConfiguration: { uri }, configuration: {},
      streamSets: [{ slug: title, schemaTitles: [title], updateMethods: ['BATCH_FULL_SET'] }],
    }],
  };
}

function ensureUser(model, username, displayName, password) {
  if (model.users.has(username)) return;
  model.users.set(username, {
    username, displayName, emailAddress: `${username}@example.com`,
    passwordHash: password ? hashPassword(password) : null, isAdmin: false, createdAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
  });
}

function addPackage(model, [cat, slug, displayName, description, fieldSpec, records], { isPublic, creator, start, website }) {
  const all = fieldSpec.split(' ').map((s) => s.split(':'));
  // 1.0.0 lacks the last field, 1.1.0 adds it (a minor change), 1.1.1 only changes texts (a patch).
  const steps = [['1.0.0', all.slice(0, -1)], ['1.1.0', all], ['1.1.1', all]];
  const key = `${cat}/${slug}`;
  const versions = [];
  let t = start;
  for (const [version, fields] of steps) {
    const date = new Date(t).toISOString();
    let text = readme(cat, slug, displayName, description, fields, records, website, version);
    if (version === '1.1.1') text += '\nSee the publisher for the methodology and known gaps in the record.\n';
    const file = packageFile({ cat, slug, displayName, description, fields, records, website, version, updatedDate: date, readmeMarkdown: text });
    model.versions.set(`${key}/${version}`, {
      catalogSlug: cat, packageSlug: slug, version, createdAt: date, updatedAt: date, author: creator, packageFile: JSON.stringify(file),
    });
    versions.push(version);
    t += 9 * DAY + 3600 * 1000;
  }
  model.packages.set(key, {
    catalogSlug: cat, packageSlug: slug, displayName, description, isPublic, creator,
    createdAt: new Date(start).toISOString(), updatedAt: model.versions.get(`${key}/1.1.1`).createdAt, versions,
  });
}

export async function seedDemo(model) {
  ensureUser(model, 'curator', 'Open Data Curator', null); // owns the public catalogs; cannot sign in
  ensureUser(model, 'demo', 'Demo User', 'demo-password-1');
  ensureUser(model, 'alice', 'Alice Example', 'alice-password-1');
  const created = new Date(Date.UTC(2025, 0, 2)).toISOString();
  const websites = {};
  for (const [slug, displayName, description, website] of CATALOGS) {
    websites[slug] = website;
    model.catalogs.set(slug, { slug, displayName, description, website, isPublic: true, creator: 'curator', createdAt: created });
  }
  // Every user has a catalog named after them; the demo user's is public so a demo publish can be made public.
  model.catalogs.set('demo', { slug: 'demo', displayName: 'Demo User', description: 'Packages of the demo user.', website: null, isPublic: true, creator: 'demo', createdAt: created });
  model.catalogs.set('alice', { slug: 'alice', displayName: 'Alice Example', description: null, website: null, isPublic: false, creator: 'alice', createdAt: created });
  const base = Date.UTC(2025, 2, 1, 9, 30);
  PACKAGES.forEach((p, i) => {
    addPackage(model, p, { isPublic: true, creator: 'curator', start: base + i * 2 * DAY + i * 60000, website: websites[p[0]] });
  });
  addPackage(model, PRIVATE_PACKAGE, { isPublic: false, creator: 'demo', start: base + 5 * DAY, website: 'https://example.com' });
  // A week apart, in list order, so latestCollections (newest first) has an order to show.
  COLLECTIONS.forEach(([slug, name, description, packages], i) => {
    const at = new Date(Date.UTC(2025, 0, 2 + 7 * i)).toISOString();
    model.collections.set(slug, {
      slug, name, description, isPublic: true, isRecommended: true, creator: 'alice',
      createdAt: at, updatedAt: at, packages,
    });
  });
  {
    const [slug, name, description, packages] = PRIVATE_COLLECTION;
    const at = new Date(Date.UTC(2025, 0, 1)).toISOString();
    model.collections.set(slug, {
      slug, name, description, isPublic: false, isRecommended: false, creator: 'demo', createdAt: at, updatedAt: at, packages,
    });
  }
  const csv = ['name,country,population', ...WORLD_CITIES.map((r) => r.join(','))].join('\n') + '\n';
  await model.store.putFile('demo/world-cities.csv', Buffer.from(csv));
  await model.store.flush();
}

// --- bulk ------------------------------------------------------------------------------------------
const TOPICS = ['rainfall', 'traffic', 'energy', 'retail', 'housing', 'health', 'school', 'crime', 'water', 'forest',
  'tourism', 'farming', 'shipping', 'parking', 'noise', 'pollen', 'wildlife', 'election', 'budget', 'library'];
const REGIONS = ['north', 'south', 'east', 'west', 'central', 'coastal', 'alpine', 'metro', 'rural', 'island'];
const BULK_CATALOGS = REGIONS.map((r) => `${r}-region`);
const BULK_BASE = Date.UTC(2024, 0, 1);

function bulkParts(n) {
  const topic = TOPICS[n % TOPICS.length];
  const region = REGIONS[Math.floor(n / TOPICS.length) % REGIONS.length];
  return { topic, region, catalog: `${region}-region`, slug: `${topic}-${n}`, displayName: `${topic[0].toUpperCase()}${topic.slice(1)} Series ${n}` };
}

const bulkReadme = (topic, region, n) => `# ${topic} series ${n}\n\nSynthetic ${topic} figures for the ${region} region.\n\n- generated for paging tests\n`;

/** Teaches the model how to build a bulk package's README, words and file from its number. */
export function installBulkGenerators(model) {
  model.bulkReadme = (v) => {
    const { topic, region } = bulkParts(v.gen);
    return bulkReadme(topic, region, v.gen);
  };
  // The words of a bulk package's name, description and README are those of its topic and region
  // (shared by every such package: tokenising 100000 READMEs takes seconds) plus its number.
  const shared = new Map();
  model.bulkWords = (v) => {
    const { topic, region } = bulkParts(v.gen);
    const k = `${topic}/${region}`;
    if (!shared.has(k)) shared.set(k, new Set(wordsOf(bulkReadme(topic, region, '')).map(stem)));
    const words = shared.get(k), num = String(v.gen);
    return { has: (w) => w === num || words.has(w) };
  };
  model.bulkPackageFile = (v) => {
    const p = bulkParts(v.gen);
    return JSON.stringify(packageFile({
      cat: v.catalogSlug, slug: v.packageSlug, displayName: p.displayName, description: `Synthetic ${p.topic} figures for the ${p.region} region.`,
      fields: [['date', 'date'], ['value', 'number']], records: 100 + (v.gen % 900), website: 'https://example.com',
      version: v.version, updatedDate: v.createdAt, readmeMarkdown: model.bulkReadme(v),
    }));
  };
}

export async function seedBulk(model, n) {
  ensureUser(model, 'curator', 'Open Data Curator', null);
  const created = new Date(BULK_BASE - DAY).toISOString();
  for (const slug of BULK_CATALOGS) {
    if (!model.catalogs.has(slug)) {
      model.catalogs.set(slug, { slug, displayName: `${slug[0].toUpperCase()}${slug.slice(1).replace('-', ' ')}`, description: 'Synthetic packages for load tests.', website: null, isPublic: true, creator: 'curator', createdAt: created });
    }
  }
  for (let i = 0; i < n; i++) {
    const p = bulkParts(i);
    const date = new Date(BULK_BASE + i * 1000).toISOString(); // distinct, so "newest first" is total
    const key = `${p.catalog}/${p.slug}`;
    model.packages.set(key, {
      catalogSlug: p.catalog, packageSlug: p.slug, displayName: p.displayName, description: `Synthetic ${p.topic} figures for the ${p.region} region.`,
      isPublic: true, creator: 'curator', createdAt: date, updatedAt: date, versions: ['1.0.0'], gen: i,
    });
  }
  // No flush: the server compacts the store after seeding, which is far quicker than journalling 2N rows.
}
