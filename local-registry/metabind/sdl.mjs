// The part of Metabind's public read API that the local registry serves. Names, arguments, types and
// nullability follow the real service so a client cannot tell the difference; features we do not
// implement (saved searches, content types' own queries beyond the basics) are left out.
export const sdl = /* GraphQL */ `
scalar DateTime

enum SortOrder { ASC DESC }

input FilterOperators { eq: String ne: String in: [String!] nin: [String!] all: [String!] any: [String!] like: String }
input NumberFilterOperators { eq: Float ne: Float gt: Float gte: Float lt: Float lte: Float in: [Float!] nin: [Float!] }
input DateFilterOperators { eq: DateTime ne: DateTime gt: DateTime gte: DateTime lt: DateTime lte: DateTime }
input SortCriteria { field: String! order: SortOrder! }
input ContentFilter {
  name: FilterOperators
  description: FilterOperators
  tags: FilterOperators
  typeId: FilterOperators
  locale: FilterOperators
  createdAt: DateFilterOperators
  updatedAt: DateFilterOperators
}
input AssetFilter {
  name: FilterOperators
  type: FilterOperators
  tags: FilterOperators
  size: NumberFilterOperators
  width: NumberFilterOperators
  height: NumberFilterOperators
}

type Query {
  packages(cursor: String, limit: Int = 20): PackageList!
  package(version: String!): Package
  resolvedPackageData(packageId: ID!): ResolvedPackageData
  components(search: String, cursor: String, limit: Int = 20): ComponentList!
  component(id: ID!): Component
  assets(type: String, tags: [String!], search: String, filter: AssetFilter, sort: [SortCriteria!], cursor: String, limit: Int = 20): AssetList!
  asset(id: ID!): Asset
  tags(search: String, cursor: String, limit: Int = 20): TagList!
  tag(id: ID!): Tag
  contents(typeId: ID, tags: [String!], locale: String, search: String, filter: ContentFilter, sort: [SortCriteria!], cursor: String, limit: Int = 20): ContentList!
  content(id: ID!): Content
  contentTypes(search: String, cursor: String, limit: Int = 20): ContentTypeList!
  contentType(id: ID!): ContentType
  preview(token: String!, version: Int): PreviewResult
  previewResolvedPackageData(token: String!, packageId: ID!): ResolvedPackageData
}

type Subscription {
  contentUpdated(id: ID!): ContentUpdate!
  previewUpdated(token: String!): PreviewUpdate!
}

type ContentUpdate {
  contentId: ID!
  content: Content
  resolvedRef: ResolvedPackageRef!
  action: String!
  timestamp: DateTime!
}

type ComponentPreview {
  componentId: ID!
  componentName: String!
  component: Component
  resolvedRef: ResolvedPackageRef!
}

type ContentPreview {
  contentId: ID!
  contentName: String!
  contentTypeName: String!
  content: Content
  resolvedRef: ResolvedPackageRef!
}

union PreviewResult = ComponentPreview | ContentPreview

type PreviewUpdate {
  preview: PreviewResult!
  action: String!
  timestamp: DateTime!
}

type CursorPagination { cursor: String  hasMore: Boolean!  limit: Int! }

type PackageList { data: [Package!]!  pagination: CursorPagination! }
type ComponentList { data: [Component!]!  pagination: CursorPagination! }
type AssetList { data: [Asset!]!  pagination: CursorPagination! }
type TagList { data: [Tag!]!  pagination: CursorPagination! }
type ContentList { data: [Content!]!  pagination: CursorPagination! }
type ContentTypeList { data: [ContentType!]!  pagination: CursorPagination! }

type Package {
  id: ID!
  projectId: ID!
  version: String!
  createdAt: DateTime!
  components: [Component!]!
  assets: [Asset!]!
  dependencies: [PackageDependency!]!
  compiled: String!
  resolved: ResolvedPackage!
  resolvedRef: ResolvedPackageRef!
}

type PackageDependency { projectId: ID!  version: String! }

type ResolvedPackage {
  package: ResolvedPackageData!
  dependencies: [ResolvedPackageData!]!
}

type ResolvedPackageData {
  id: ID!
  version: String!
  components: String!
  assets: String!
}

type ResolvedPackageRef { package: ID!  dependencies: [ID!]! }

type Component {
  id: ID!
  name: String!
  title: String!
  description: String!
  content: String!
  compiled: String!
  schema: String!
  status: String!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type Asset {
  id: ID!
  name: String!
  description: String!
  type: String!
  url: String!
  size: Int!
  width: Int
  height: Int
  tags: [String!]!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type Tag { id: ID!  name: String!  slug: String!  description: String }

type ContentType {
  id: ID!
  name: String!
  description: String!
  packageVersion: String!
  schema: String!
  createdAt: DateTime!
  updatedAt: DateTime!
}

type Content {
  id: ID!
  typeId: ID!
  packageVersion: String!
  name: String!
  description: String!
  content: String!
  compiled: String!
  tags: [String!]!
  locale: String
  lastPublishedVersion: Int
  contentType: ContentType
  resolvedPackage: ResolvedPackage
  resolvedRef: ResolvedPackageRef!
  createdAt: DateTime!
  updatedAt: DateTime!
}
`;

/**
 * The schema of the docs-shaped endpoint (/metabind-docs/graphql): the same, except that packages pages
 * by number with a total, as the public docs show (\`packages(page, limit)\` -> pagination {page limit total pages}).
 */
export const docsSdl = sdl
  .replace('packages(cursor: String, limit: Int = 20): PackageList!', 'packages(page: Int = 1, limit: Int = 20): PackageList!')
  .replace('type PackageList { data: [Package!]!  pagination: CursorPagination! }',
    'type PackageList { data: [Package!]!  pagination: PagePagination! }\ntype PagePagination { page: Int!  limit: Int!  total: Int!  pages: Int! }');
