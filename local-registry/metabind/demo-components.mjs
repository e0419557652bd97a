// Component sources of the demo seed, written in the declarative JavaScript style Metabind
// components use (layout primitives plus typed properties).

/** What the build step would emit: the source wrapped in a module that returns its parts. */
export function compile(name, source) {
  const body = source.replace(/\s*\n\s*/g, ' ').trim();
  return `"use strict";var ${name}=(function(){${body} return {metadata:metadata,properties:properties,body:body};})();`;
}

const src = (lines) => lines.join('\n');

export const demoComponents = {
  PriceTag: {
    title: 'Price Tag',
    description: 'A formatted price with an optional struck-through previous price.',
    source: src([
      'const metadata = { title: "Price Tag", category: "Commerce" };',
      'const properties = {',
      '  amount: PropertyNumber({ title: "Amount", defaultValue: 0 }),',
      '  previous: PropertyNumber({ title: "Previous amount" }),',
      '  currency: PropertyString({ title: "Currency", defaultValue: "EUR" }),',
      '};',
      'const body = (props) => HStack({ spacing: 6 }, [',
      '  Text(formatCurrency(props.amount, props.currency)).font("headline"),',
      '  props.previous ? Text(formatCurrency(props.previous, props.currency)).strikethrough().foregroundStyle("secondary") : null,',
      ']);',
    ]),
  },
  RatingStars: {
    title: 'Rating Stars',
    description: 'Five stars filled to a rating between 0 and 5.',
    source: src([
      'const metadata = { title: "Rating Stars", category: "Commerce" };',
      'const properties = { rating: PropertyNumber({ title: "Rating", min: 0, max: 5, defaultValue: 4 }) };',
      'const body = (props) => HStack({ spacing: 2 },',
      '  [1, 2, 3, 4, 5].map((i) => Image({ systemName: i <= props.rating ? "star.fill" : "star" }).foregroundStyle("orange")));',
    ]),
  },
  ProductCard: {
    title: 'Product Card',
    description: 'Product photo, name and price; tapping it opens the product page.',
    source: src([
      'const metadata = { title: "Product Card", category: "Commerce" };',
      'const properties = {',
      '  name: PropertyString({ title: "Name", defaultValue: "Trail Runner 2" }),',
      '  price: PropertyNumber({ title: "Price", defaultValue: 129 }),',
      '  image: PropertyAsset({ title: "Photo", assetType: "image" }),',
      '  link: PropertyString({ title: "Product URL" }),',
      '};',
      'const body = (props) => Link({ destination: props.link }, [',
      '  VStack({ alignment: "leading", spacing: 8 }, [',
      '    AsyncImage({ url: props.image }).aspectRatio(4 / 3).cornerRadius(12),',
      '    Text(props.name).font("headline").lineLimit(2),',
      '    PriceTag({ amount: props.price }),',
      '  ]).padding(12),',
      ']);',
    ]),
  },
  ArticleLayout: {
    title: 'Article Layout',
    description: 'Editorial page: hero image, headline, byline and rich-text body.',
    source: src([
      'const metadata = { title: "Article Layout", category: "Editorial" };',
      'const properties = {',
      '  headline: PropertyString({ title: "Headline", defaultValue: "Spring collection" }),',
      '  author: PropertyString({ title: "Author" }),',
      '  hero: PropertyAsset({ title: "Hero image", assetType: "image" }),',
      '  body: PropertyRichText({ title: "Body" }),',
      '};',
      'const body = (props) => ScrollView([',
      '  VStack({ alignment: "leading", spacing: 16 }, [',
      '    AsyncImage({ url: props.hero }).aspectRatio(16 / 9),',
      '    Text(props.headline).font("largeTitle").bold(),',
      '    props.author ? Text("By " + props.author).font("subheadline").foregroundStyle("secondary") : null,',
      '    RichText(props.body),',
      '  ]).padding(20),',
      ']);',
    ]),
  },
  HeroBanner: {
    title: 'Hero Banner',
    description: 'Full-width campaign banner with a call to action.',
    source: src([
      'const metadata = { title: "Hero Banner", category: "Marketing" };',
      'const properties = {',
      '  title: PropertyString({ title: "Title", defaultValue: "New season" }),',
      '  cta: PropertyString({ title: "Button label", defaultValue: "Shop now" }),',
      '  background: PropertyAsset({ title: "Background", assetType: "image" }),',
      '};',
      'const body = (props) => ZStack({ alignment: "bottomLeading" }, [',
      '  AsyncImage({ url: props.background }).aspectRatio(21 / 9),',
      '  VStack({ alignment: "leading" }, [Text(props.title).font("title").foregroundStyle("white"), Button(props.cta)]).padding(24),',
      ']);',
    ]),
  },
  PromoStrip: {
    title: 'Promo Strip',
    description: 'A one-line promotion above the page, with an animated icon.',
    source: src([
      'const metadata = { title: "Promo Strip", category: "Marketing" };',
      'const properties = {',
      '  text: PropertyString({ title: "Text", defaultValue: "Free shipping this week" }),',
      '  icon: PropertyAsset({ title: "Icon animation", assetType: "animation" }),',
      '};',
      'const body = (props) => HStack({ spacing: 8 }, [LottieView({ url: props.icon }).frame(24, 24), Text(props.text).font("footnote")])',
      '  .padding(8).background("accent");',
    ]),
  },
};

/** A JSON Schema of a component's properties, derived from its `Property*` declarations. */
export function schemaOf(source) {
  const kinds = { PropertyString: 'string', PropertyNumber: 'number', PropertyAsset: 'string', PropertyRichText: 'string' };
  const props = {};
  for (const m of source.matchAll(/(\w+): (Property\w+)\(\{ title: "([^"]+)"/g)) {
    props[m[1]] = { type: kinds[m[2]] ?? 'string', title: m[3] };
  }
  return JSON.stringify({ type: 'object', properties: props });
}
