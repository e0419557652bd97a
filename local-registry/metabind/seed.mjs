// Demo data: organization demo-org with a storefront project (packages 0.9.0, 1.0.0, 1.1.0; after 1.1.0 a
// changed ProductCard and a new, not yet compiled PromoStrip wait in the project as drafts), a UI kit
// project it depends on, and an empty project (publishing there fails with NO_COMPONENTS_TO_PACKAGE).
// Asset types are MIME types, as on the real service; image assets are real PNG/SVG files.
import { T, scopedKey, buildPackage } from './model.mjs';
import { hashKey, hashPassword, jwtSecret } from './auth.mjs';
import { demoComponents, compile, schemaOf } from './demo-components.mjs';
import { makePng, logoSvg, iconFontSvg, lottieJson } from './demo-files.mjs';

const ORG = 'demo-org';
const day = (d) => `${d}T09:30:00.000Z`;

function putComponent(store, projectId, name, at, override = {}, { compiled = true } = {}) {
  const def = { ...demoComponents[name], ...override };
  const id = `cmp-${projectId}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}`;
  const old = store.table(T.components).get(scopedKey(ORG, projectId, id));
  store.table(T.components).set(scopedKey(ORG, projectId, id), {
    id, orgId: ORG, projectId, name, title: def.title, description: def.description,
    content: def.source, compiled: compiled ? compile(name, def.source) : '', schema: schemaOf(def.source),
    status: 'draft', createdAt: old?.createdAt ?? at, updatedAt: at,
  });
}

async function putAsset(store, projectId, asset, data, at) {
  const file = await store.putFile(`metabind/${ORG}/${projectId}/${asset.name}`, data);
  store.table(T.assets).set(scopedKey(ORG, projectId, asset.id), {
    description: '', tags: [], width: null, height: null, ...asset,
    orgId: ORG, projectId, file, size: data.length, createdAt: at, updatedAt: at,
  });
}

function publish(store, projectId, version, at, metadata) {
  const project = store.table(T.projects).get(`${ORG}/${projectId}`);
  const pkg = buildPackage(store, project, version, metadata, at);
  store.table(T.packages).set(pkg.id, pkg);
}

function setProject(store, projectId, name, dependencies = []) {
  const key = `${ORG}/${projectId}`;
  const old = store.table(T.projects).get(key);
  store.table(T.projects).set(key, { orgId: ORG, projectId, name, dependencies, createdAt: old?.createdAt ?? day('2025-01-02') });
}

export async function seedDemo(store) {
  store.table(T.users).set('demo@example.com', {
    id: 'user-demo', email: 'demo@example.com', name: 'Demo User', orgs: [ORG], password: hashPassword('demo-password-1'),
  });
  store.table(T.apiKeys).set('key_demo', {
    id: 'key_demo', name: 'Demo key', orgId: ORG, projectId: 'demo-project', hash: hashKey('mb-demo-key'), status: 'active',
    createdAt: day('2025-01-02'), updatedAt: day('2025-01-02'), lastUsed: null, createdBy: 'user-demo',
  });
  jwtSecret(store);

  setProject(store, 'demo-ui-kit', 'Demo UI Kit');
  putComponent(store, 'demo-ui-kit', 'PriceTag', day('2025-01-08'));
  putComponent(store, 'demo-ui-kit', 'RatingStars', day('2025-01-08'));
  publish(store, 'demo-ui-kit', '1.0.0', day('2025-01-10'), { notes: 'Commerce building blocks' });

  setProject(store, 'demo-empty', 'Empty Project');

  const P = 'demo-project';
  setProject(store, P, 'Demo Storefront');
  putComponent(store, P, 'ProductCard', day('2025-01-20'));
  await putAsset(store, P, { id: 'asset-product-placeholder', name: 'product-placeholder.png', type: 'image/png',
    description: 'Placeholder product photo', tags: ['commerce'], width: 64, height: 48 },
  makePng(64, 48, [236, 239, 244], [94, 129, 172]), day('2025-01-20'));
  publish(store, P, '0.9.0', day('2025-02-01'), { notes: 'First preview' });

  setProject(store, P, 'Demo Storefront', [{ projectId: 'demo-ui-kit', version: '1.0.0' }]);
  putComponent(store, P, 'ArticleLayout', day('2025-02-20'));
  await putAsset(store, P, { id: 'asset-brand-logo', name: 'brand-logo.svg', type: 'image/svg+xml',
    description: 'Storefront logo', tags: ['marketing'], width: 120, height: 40 }, logoSvg, day('2025-02-20'));
  await putAsset(store, P, { id: 'asset-demo-icons', name: 'demo-icons.svg', type: 'font/svg',
    description: 'Icon font (cart, star)', tags: [] }, iconFontSvg, day('2025-02-20'));
  publish(store, P, '1.0.0', day('2025-03-01'), { notes: 'Storefront and editorial layouts' });

  const withRating = demoComponents.ProductCard.source.replace(
    '    PriceTag({ amount: props.price }),',
    '    PriceTag({ amount: props.price }),\n    RatingStars({ rating: props.rating }),',
  ).replace('  link: PropertyString', '  rating: PropertyNumber({ title: "Rating", defaultValue: 4 }),\n  link: PropertyString');
  putComponent(store, P, 'ProductCard', day('2025-04-01'), { source: withRating, description: 'Product photo, name, price and rating.' });
  putComponent(store, P, 'HeroBanner', day('2025-04-01'));
  await putAsset(store, P, { id: 'asset-hero-banner', name: 'hero-banner.png', type: 'image/png',
    description: 'Spring campaign banner', tags: ['marketing', 'hero'], width: 168, height: 72 },
  makePng(168, 72, [243, 167, 18], [191, 97, 106]), day('2025-04-01'));
  publish(store, P, '1.1.0', day('2025-04-15'), { notes: 'Ratings on product cards; hero banner' });

  // Not packaged yet: a reworded ProductCard (status "modified"), a new PromoStrip not compiled yet
  // (status "draft", compiled ""), and its animation.
  putComponent(store, P, 'ProductCard', day('2025-05-02'), { source: withRating, description: 'Product photo, name, price, rating and a link.' });
  putComponent(store, P, 'PromoStrip', day('2025-05-02'), {}, { compiled: false });
  await putAsset(store, P, { id: 'asset-promo-animation', name: 'promo-truck.json', type: 'application/json',
    description: 'Delivery truck animation (Lottie)', tags: ['marketing'] }, lottieJson, day('2025-05-02'));

  for (const [id, name, description] of [['tag-commerce', 'Commerce', 'Shop pages'], ['tag-editorial', 'Editorial', null], ['tag-marketing', 'Marketing', 'Campaigns']]) {
    store.table(T.tags).set(scopedKey(ORG, P, id), { id, orgId: ORG, projectId: P, name, slug: name.toLowerCase(), description });
  }
  const articleSchema = JSON.stringify({ type: 'object', properties: { headline: { type: 'string' }, body: { type: 'string' } } });
  const productSchema = JSON.stringify({ type: 'object', properties: { name: { type: 'string' }, price: { type: 'number' } } });
  for (const [id, name, description, schema] of [['ct-article', 'Article', 'Editorial article', articleSchema], ['ct-product', 'Product', 'Catalogue product', productSchema]]) {
    store.table(T.contentTypes).set(scopedKey(ORG, P, id), {
      id, orgId: ORG, projectId: P, name, description, packageVersion: '1.0.0', schema, createdAt: day('2025-03-02'), updatedAt: day('2025-03-02'),
    });
  }
  const contents = [
    ['content-spring', 'ct-article', 'Spring collection launch', 'Campaign article', { headline: 'Spring is here', body: 'Light layers for long walks.' }, ['editorial', 'marketing'], 'en-US', day('2025-03-05')],
    ['content-fruehling', 'ct-article', 'Frühjahrskollektion', 'Kampagnenartikel', { headline: 'Der Frühling ist da', body: 'Leichte Lagen für lange Spaziergänge.' }, ['editorial'], 'de-DE', day('2025-03-06')],
    ['content-trail-runner', 'ct-product', 'Trail Runner 2', 'Running shoe', { name: 'Trail Runner 2', price: 129 }, ['commerce'], 'en-US', day('2025-03-07')],
    // Bound to 1.2.0, which is not published yet: its resolvedRef names the project's draft (draft:demo-project:demo-org).
    ['content-summer-draft', 'ct-article', 'Summer sale (draft)', 'Campaign article for the next release', { headline: 'Summer sale', body: 'Everything must go.' }, ['marketing'], 'en-US', day('2025-05-03'), '1.2.0'],
  ];
  for (const [id, typeId, name, description, value, tags, locale, at, packageVersion = '1.0.0'] of contents) {
    store.table(T.contents).set(scopedKey(ORG, P, id), {
      id, orgId: ORG, projectId: P, typeId, packageVersion, name, description, content: JSON.stringify(value),
      compiled: JSON.stringify({ type: typeId === 'ct-article' ? 'ArticleLayout' : 'ProductCard', props: value }),
      tags, locale, lastPublishedVersion: 1, createdAt: at, updatedAt: at,
    });
  }
  await store.flush();
}
