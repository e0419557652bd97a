// Our own SDL for the Wasmer/WAPM dialect: only what this local registry implements, written as a
// compatible subset of the public Wasmer schema (same names, argument names and defaults, types and
// nullability), so a client built against registry.wasmer.io works here unchanged.
// Checked with ../shared/tools/check-schema-subset.
export const sdl = /* GraphQL */ `
scalar DateTime
scalar BigInt
scalar Upload
scalar GenericScalar
scalar CaseInsensitiveString

enum WebcVersion { V2 V3 }
enum UploadFormat { targz webcv2 webcv3 }
enum OwnerAction { DEPLOY_APP PUBLISH_PACKAGE }
enum SearchOrderSort { ASC DESC }
enum SearchPublishDate { LAST_DAY LAST_WEEK LAST_MONTH LAST_YEAR }
enum PackageOrderBy { ALPHABETICALLY SIZE TOTAL_DOWNLOADS PUBLISHED_DATE CREATED_DATE TOTAL_LIKES }
enum NamespaceOrderBy { PACKAGE_COUNT COLLABORATOR_COUNT APP_COUNT CREATED_DATE }
enum UserOrderBy { PACKAGE_COUNT APP_COUNT CREATED_DATE }
enum CountComparison { EQUAL GREATER_THAN LESS_THAN GREATER_THAN_OR_EQUAL LESS_THAN_OR_EQUAL }
enum BlogBlogPostThemeChoices { GREEN PURPLE ORANGE BLUE }

interface Node { id: ID! }
interface PackageOwner {
  globalName: String!
  globalId: ID!
  viewerCan(action: OwnerAction!): Boolean!
}

type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type Query {
  viewer: User
  getUser(username: String!): User
  getNamespace(name: String!): Namespace
  getPackage(name: String!): Package
  getPackages(names: [String!]!): [Package]!
  getPackageVersion(name: String!, version: String = "latest"): PackageVersion
  getPackageVersions(names: [String!]!): [PackageVersion]!
  getInterface(name: String!): Interface
  getInterfaces(names: [String!]!): [Interface]!
  getInterfaceVersion(name: String!, version: String = "latest"): InterfaceVersion
  packages(offset: Int, before: String, after: String, first: Int, last: Int): PackageConnection!
  recentPackageVersions(curated: Boolean, offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
  search(query: String!, packages: PackagesFilter, namespaces: NamespacesFilter, users: UsersFilter,
         blogposts: BlogPostsFilter, before: String, after: String, first: Int, last: Int): SearchConnection!
  blogposts(tags: [String!], offset: Int, before: String, after: String, first: Int, last: Int): BlogPostConnection!
  getBlogpost(slug: String, featured: Boolean): BlogPost
  viewerCan(action: OwnerAction!, ownerName: String!): Boolean!
  getSignedUrlForPackageUpload(name: String, version: String = "latest", filename: String, expiresAfterSeconds: Int = 900, method: String): SignedUrl
}

type Subscription {
  packageVersionCreated(publishedBy: ID, ownerId: ID): PackageVersion!
}

type Mutation {
  tokenAuth(input: ObtainJSONWebTokenInput!): ObtainJSONWebTokenPayload!
  generateApiToken(input: GenerateAPITokenInput!): GenerateAPITokenPayload
  revokeApiToken(input: RevokeAPITokenInput!): RevokeAPITokenPayload
  publishPackage(input: PublishPackageInput!): PublishPackagePayload
  generateUploadUrl(input: GenerateUploadUrlInput!): GenerateUploadUrlPayload
}

input CountFilter { count: Int = 0 comparison: CountComparison = GREATER_THAN_OR_EQUAL }
input PackagesFilter {
  count: Int = 1000
  sortBy: SearchOrderSort = DESC
  curated: Boolean
  publishDate: SearchPublishDate
  hasCommands: Boolean = false
  withInterfaces: [String]
  license: String
  createdAfter: DateTime
  createdBefore: DateTime
  lastPublishedAfter: DateTime
  lastPublishedBefore: DateTime
  size: CountFilter
  downloads: CountFilter
  owner: String
  publishedBy: String
  orderBy: PackageOrderBy = PUBLISHED_DATE
}
input NamespacesFilter {
  count: Int = 1000
  sortBy: SearchOrderSort = DESC
  packageCount: CountFilter
  createdAfter: DateTime
  createdBefore: DateTime
  orderBy: NamespaceOrderBy = CREATED_DATE
}
input UsersFilter {
  count: Int = 1000
  sortBy: SearchOrderSort = DESC
  packageCount: CountFilter
  joinedAfter: DateTime
  joinedBefore: DateTime
  orderBy: UserOrderBy = CREATED_DATE
}
input BlogPostsFilter { count: Int! = 1000 sortBy: SearchOrderSort = DESC tags: [String!] }

union SearchResult = PackageVersion | User | Namespace | BlogPost
type SearchConnection { pageInfo: PageInfo! edges: [SearchEdge!]! totalCount: Int! }
type SearchEdge { node: SearchResult! cursor: String! }

type User implements PackageOwner & Node {
  id: ID!
  username: String!
  firstName: String!
  lastName: String!
  fullName: String!
  email: String!
  dateJoined: DateTime!
  bio: String
  location: String
  websiteUrl: String
  githubUrl: String
  twitterUrl: String
  globalName: String!
  globalId: ID!
  avatar(size: Int = 80): String!
  isViewer: Boolean!
  wasmerInternal: Boolean!
  viewerCan(action: OwnerAction!): Boolean!
  namespaces(offset: Int, before: String, after: String, first: Int, last: Int): NamespaceConnection!
  packages(collaborating: Boolean = false, offset: Int, before: String, after: String, first: Int, last: Int): PackageConnection!
  packageVersions(offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
  apiTokens(offset: Int, before: String, after: String, first: Int, last: Int): APITokenConnection!
}

type Namespace implements PackageOwner & Node {
  id: ID!
  name: String!
  displayName: String
  description: String!
  websiteUrl: String
  githubHandle: String
  createdAt: DateTime!
  updatedAt: DateTime!
  wasmerInternal: Boolean!
  globalName: String!
  globalId: ID!
  avatar: String!
  viewerCan(action: OwnerAction!): Boolean!
  packages(offset: Int, before: String, after: String, first: Int, last: Int): PackageConnection!
  packageVersions(offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
}

type Package implements PackageOwner & Node {
  id: ID!
  name: String!
  namespace: String!
  packageName: String!
  displayName: String!
  globalName: String!
  globalId: ID!
  private: Boolean!
  curated: Boolean!
  isArchived: Boolean!
  createdAt: DateTime!
  updatedAt: DateTime!
  totalDownloads: Int!
  downloadsCount: Int
  icon: String!
  likersCount: Int!
  watchersCount: Int!
  owner: PackageOwner!
  viewerCan(action: OwnerAction!): Boolean!
  keywords(offset: Int, before: String, after: String, first: Int, last: Int): PackageKeywordConnection!
  lastVersion: PackageVersion
  versions: [PackageVersion]
}

type PackageKeyword implements Node { id: ID! name: String! }
type PackageKeywordConnection { pageInfo: PageInfo! edges: [PackageKeywordEdge]! totalCount: Int }
type PackageKeywordEdge { node: PackageKeyword! cursor: String! }

type PackageVersion implements Node {
  id: ID!
  createdAt: DateTime!
  updatedAt: DateTime!
  package: Package!
  publishedBy: User!
  version: String!
  description: String!
  manifest: String!
  license: String
  licenseFile: String
  readme: String
  repository: String
  homepage: String
  isArchived: Boolean!
  isLastVersion: Boolean!
  file: String!
  fileSize: BigInt!
  totalDownloads: Int!
  distribution(version: WebcVersion): PackageDistribution!
  modules: [PackageVersionModule!]!
  commands: [Command!]!
  hasCommands: Boolean!
  moduleInterfaces: [InterfaceVersion!]!
  dependencies(offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
  filesystem: [PackageVersionFilesystem]!
  signature: Signature
  isSigned: Boolean!
}

type PackageDistribution {
  downloadUrl: String!
  expiresInSeconds: Int
  size: Int
  piritaDownloadUrl: String
  piritaExpiresInSeconds: Int
  piritaSize: Int
  piritaSha256Hash: String
  webcDownloadUrl: String
  webcExpiresInSeconds: Int
  webcSize: Int
  webcSha256Hash: String
  webcVersion: WebcVersion
}

type PackageVersionFilesystem { wasm: String! host: String! }
type Signature { id: ID! publicKey: PublicKey! data: String! createdAt: DateTime! }
type PublicKey implements Node {
  id: ID!
  owner: User!
  keyId: String!
  key: String!
  revokedAt: DateTime
  uploadedAt: DateTime!
  verifyingSignature: Signature
  revoked: Boolean!
}

type BlogPostTag implements Node { id: ID! name: String! slug: String! }
type BlogPost implements Node {
  id: ID!
  live: Boolean!
  title: String!
  slug: String!
  owner: User
  body: String!
  publishDate: DateTime
  theme: BlogBlogPostThemeChoices!
  url: String!
  coverImageUrl: String
  opengraphImageUrl: String
  tagline: String!
  relatedArticles: [BlogPost!]
  updatedAt: DateTime!
  tags: [BlogPostTag!]
  editUrl: String
}
type BlogPostConnection { pageInfo: PageInfo! edges: [BlogPostEdge!]! totalCount: Int }
type BlogPostEdge { node: BlogPost! cursor: String! }

type SignedUrl { url: String! }
input GenerateUploadUrlInput {
  name: String
  version: String = "latest"
  filename: String
  expiresAfterSeconds: Int = 900
  method: String
  clientMutationId: String
}
type GenerateUploadUrlPayload { clientMutationId: String signedUrl: SignedUrl! method: String! }

type PackageVersionModule { name: String! source: String! abi: String }
type Command { command: String! packageVersion: PackageVersion! module: PackageVersionModule }

type Interface implements Node {
  id: ID!
  name: String!
  displayName: String!
  description: String!
  homepage: String
  icon: String
  createdAt: DateTime!
  updatedAt: DateTime!
  lastVersion: InterfaceVersion
  versions(offset: Int, before: String, after: String, first: Int, last: Int): InterfaceVersionConnection!
}

type InterfaceVersion implements Node {
  id: ID!
  interface: Interface!
  version: String!
  content: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  publishedBy: User!
  packageVersions(offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
}

type PackageConnection { pageInfo: PageInfo! edges: [PackageEdge!]! totalCount: Int }
type PackageEdge { node: Package! cursor: String! }
type PackageVersionConnection { pageInfo: PageInfo! edges: [PackageVersionEdge!]! totalCount: Int }
type PackageVersionEdge { node: PackageVersion! cursor: String! }
type NamespaceConnection { pageInfo: PageInfo! edges: [NamespaceEdge!]! totalCount: Int }
type NamespaceEdge { node: Namespace! cursor: String! }
type InterfaceVersionConnection { pageInfo: PageInfo! edges: [InterfaceVersionEdge!]! totalCount: Int }
type InterfaceVersionEdge { node: InterfaceVersion! cursor: String! }
type APITokenConnection { pageInfo: PageInfo! edges: [APITokenEdge!]! totalCount: Int! }
type APITokenEdge { node: APIToken! cursor: String! }

type APIToken implements Node {
  id: ID!
  user: User!
  identifier: String
  createdAt: DateTime!
  revokedAt: DateTime
  lastUsedAt: DateTime
}

input ObtainJSONWebTokenInput { username: String! password: String! clientMutationId: String }
type ObtainJSONWebTokenPayload {
  payload: GenericScalar!
  refreshExpiresIn: Int!
  username: CaseInsensitiveString!
  token: String!
  refreshToken: String!
  clientMutationId: String
}

input GenerateAPITokenInput { identifier: String clientMutationId: String }
type GenerateAPITokenPayload { clientMutationId: String token: APIToken tokenRaw: String user: User }

input RevokeAPITokenInput { tokenId: String token: String clientMutationId: String }
type RevokeAPITokenPayload { clientMutationId: String token: APIToken success: Boolean }

input PublishPackageInput {
  manifest: String!
  name: String
  namespace: String
  version: String
  description: String
  license: String
  licenseFile: String
  readme: String
  repository: String
  homepage: String
  fileUpload: Upload
  signedUrl: String
  private: Boolean = false
  uploadFormat: UploadFormat = targz
  wait: Boolean = false
  clientMutationId: String
}
type PublishPackagePayload { success: Boolean! clientMutationId: String packageVersion: PackageVersion }
`;
