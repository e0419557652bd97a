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
  getInterface(name: String!): Interface
  getInterfaceVersion(name: String!, version: String = "latest"): InterfaceVersion
  recentPackageVersions(curated: Boolean, offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
  search(query: String!, packages: PackagesFilter, namespaces: NamespacesFilter, users: UsersFilter,
         before: String, after: String, first: Int, last: Int): SearchConnection!
}

type Mutation {
  tokenAuth(input: ObtainJSONWebTokenInput!): ObtainJSONWebTokenPayload!
  generateApiToken(input: GenerateAPITokenInput!): GenerateAPITokenPayload
  revokeApiToken(input: RevokeAPITokenInput!): RevokeAPITokenPayload
  publishPackage(input: PublishPackageInput!): PublishPackagePayload
}

input PackagesFilter {
  count: Int = 1000
  curated: Boolean
  withInterfaces: [String]
  license: String
  owner: String
}
input NamespacesFilter { count: Int = 1000 }
input UsersFilter { count: Int = 1000 }

union SearchResult = PackageVersion | User | Namespace
type SearchConnection { pageInfo: PageInfo! edges: [SearchEdge!]! totalCount: Int! }
type SearchEdge { node: SearchResult! cursor: String! }

type User {
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
  namespaces(offset: Int, before: String, after: String, first: Int, last: Int): NamespaceConnection!
  packages(collaborating: Boolean = false, offset: Int, before: String, after: String, first: Int, last: Int): PackageConnection!
  packageVersions(offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
  apiTokens(offset: Int, before: String, after: String, first: Int, last: Int): APITokenConnection!
}

type Namespace {
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
  packages(offset: Int, before: String, after: String, first: Int, last: Int): PackageConnection!
  packageVersions(offset: Int, before: String, after: String, first: Int, last: Int): PackageVersionConnection!
}

type Package {
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
  lastVersion: PackageVersion
  versions: [PackageVersion]
}

type PackageVersion {
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
}

type PackageDistribution {
  downloadUrl: String!
  expiresInSeconds: Int
  size: Int
}

type PackageVersionModule { name: String! source: String! abi: String }
type Command { command: String! packageVersion: PackageVersion! module: PackageVersionModule }

type Interface {
  id: ID!
  name: String!
  displayName: String!
  description: String!
  homepage: String
  createdAt: DateTime!
  updatedAt: DateTime!
  lastVersion: InterfaceVersion
  versions(offset: Int, before: String, after: String, first: Int, last: Int): InterfaceVersionConnection!
}

type InterfaceVersion {
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

type APIToken {
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
