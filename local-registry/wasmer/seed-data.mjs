// The demo catalogue: a few namespaces with realistic packages, several versions each. Demo values only.
// `_/python`, `JeremyLikness/wasi-ubasic` and `vshymanskyy/wasm3` implement wasi 0.1.0-unstable (the
// latest wasi), as docs/registries.md expects; the other packages use the older 0.0.0-unstable.
export const users = [
  { username: 'demo', firstName: 'Demo', lastName: 'User', email: 'demo@example.com', bio: 'The local registry demo account', password: 'demo-password-1' },
  { username: 'syrusakbary', firstName: 'Syrus', lastName: 'Akbary', email: 'syrus@example.com', bio: 'WebAssembly all the things' },
  { username: 'JeremyLikness', firstName: 'Jeremy', lastName: 'Likness', email: 'jeremy@example.com' },
  { username: 'vshymanskyy', firstName: 'Volodymyr', lastName: 'Shymanskyy', email: 'volodymyr@example.com' },
  { username: 'adamz', firstName: 'Adam', lastName: 'Z', email: 'adamz@example.com' },
];

export const namespaces = [
  { name: '_', displayName: 'Global', description: 'Packages in the global namespace', owners: [], wasmerInternal: true },
  { name: 'wasmer', displayName: 'Wasmer', description: 'Packages maintained by the Wasmer team', owners: ['syrusakbary'], wasmerInternal: true },
];

// The interface text is what a wapm interface file holds: the imports a module may use, as s-expressions.
const wasiText = (ns) => `(interface "${ns}"
  ;; Command line and environment
  (func (import "${ns}" "args_get") (param i32 i32) (result i32))
  (func (import "${ns}" "args_sizes_get") (param i32 i32) (result i32))
  (func (import "${ns}" "environ_get") (param i32 i32) (result i32))
  (func (import "${ns}" "environ_sizes_get") (param i32 i32) (result i32))
  ;; Files
  (func (import "${ns}" "fd_close") (param i32) (result i32))
  (func (import "${ns}" "fd_read") (param i32 i32 i32 i32) (result i32))
  (func (import "${ns}" "fd_write") (param i32 i32 i32 i32) (result i32))
  (func (import "${ns}" "fd_seek") (param i32 i64 i32 i32) (result i32))
  (func (import "${ns}" "path_open") (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32))
  ;; Process
  (func (import "${ns}" "proc_exit") (param i32))
  (func (import "${ns}" "random_get") (param i32 i32) (result i32)))
`;

export const interfaces = [
  { name: 'wasi', displayName: 'WASI', description: 'The WebAssembly System Interface', homepage: 'https://wasi.dev',
    versions: ['0.0.0-unstable', '0.1.0-unstable'], content: { '0.0.0-unstable': wasiText('wasi_unstable'), '0.1.0-unstable': wasiText('wasi_snapshot_preview1') } },
  { name: 'emscripten', displayName: 'Emscripten', description: 'The imports of modules built with Emscripten', homepage: 'https://emscripten.org',
    versions: ['0.0.1'], content: { '0.0.1': '(interface "env"\n  (func (import "env" "abort") (param i32))\n  (func (import "env" "emscripten_memcpy_big") (param i32 i32 i32) (result i32)))\n' } },
];

const W0 = { wasi: '0.0.0-unstable' };
const W1 = { wasi: '0.1.0-unstable' };

// Each: namespace, name, versions, description, license, repository, homepage, interfaces of the main module,
// commands; optional: extra modules, [dependencies] (name -> requirement, resolved to the highest matching
// version), [fs] mappings (guest path -> folder in the archive, with one file in it), keywords, downloads
// (per version, newest last) and `signed` (the newest version is signed by syrusakbary's demo key).
export const packages = [
  { ns: '_', name: 'python', versions: ['0.1.0'], license: 'PSF-2.0', iface: W1,
    description: 'Python is an interpreted, high-level, general-purpose programming language',
    repository: 'https://github.com/wapm-packages/python', homepage: 'https://www.python.org', commands: ['python'],
    fs: { '/lib/python3.6': 'lib' }, keywords: ['python', 'interpreter', 'language'], downloads: [48213], signed: true },
  { ns: 'JeremyLikness', name: 'wasi-ubasic', versions: ['0.1.0', '0.1.1'], license: 'MIT', iface: W1,
    description: 'A tiny BASIC interpreter compiled to WebAssembly for WASI',
    repository: 'https://github.com/JeremyLikness/wasi-ubasic', homepage: null, commands: ['ubasic'], downloads: [311, 902] },
  { ns: 'vshymanskyy', name: 'wasm3', versions: ['0.4.7', '0.5.0'], license: 'MIT', iface: W1,
    description: 'The fastest WebAssembly interpreter, running inside WebAssembly',
    repository: 'https://github.com/wasm3/wasm3', homepage: 'https://github.com/wasm3/wasm3', commands: ['wasm3'],
    keywords: ['interpreter', 'wasm'], downloads: [2540, 7713] },
  { ns: 'syrusakbary', name: 'cowsay', versions: ['0.1.0', '0.1.2', '0.2.0'], license: 'MIT', iface: W0,
    description: 'cowsay is a program that generates ASCII pictures of a cow with a message',
    repository: 'https://github.com/wapm-packages/cowsay', homepage: null, commands: ['cowsay', 'cowthink'],
    keywords: ['fun', 'ascii-art'], downloads: [1200, 5400, 86120] },
  { ns: '_', name: 'sqlite', versions: ['0.1.0', '0.2.1'], license: 'blessing', iface: W0,
    description: 'SQLite, the self-contained SQL database engine, compiled to WebAssembly',
    repository: 'https://github.com/wapm-packages/sqlite', homepage: 'https://sqlite.org', commands: ['sqlite'],
    keywords: ['database', 'sql'], downloads: [3100, 21877] },
  { ns: '_', name: 'lua', versions: ['5.4.0', '5.4.4'], license: 'MIT', iface: W0,
    description: 'Lua is a powerful, efficient, lightweight, embeddable scripting language',
    repository: 'https://github.com/wapm-packages/lua', homepage: 'https://www.lua.org', commands: ['lua'], downloads: [640, 3305] },
  { ns: '_', name: 'coreutils', versions: ['0.0.1', '0.1.0'], license: 'MIT', iface: W0,
    description: 'Cross-platform Rust rewrite of the GNU coreutils',
    repository: 'https://github.com/wapm-packages/coreutils', homepage: null, commands: ['ls', 'cat', 'echo', 'wc'],
    modules: [{ name: 'uutils-extra', abi: 'none', iface: {} }], keywords: ['shell', 'unix'], downloads: [150, 12044] },
  { ns: 'adamz', name: 'quickjs', versions: ['0.20210327.0'], license: 'MIT', iface: W0,
    description: 'QuickJS is a small and embeddable JavaScript engine',
    repository: 'https://github.com/bellard/quickjs', homepage: 'https://bellard.org/quickjs/', commands: ['qjs'], downloads: [4410] },
  { ns: 'wasmer', name: 'hello', versions: ['0.1.0', '0.2.0'], license: 'MIT', iface: W0,
    description: 'Hello world, the Wasmer way', repository: 'https://github.com/wasmerio/hello', homepage: 'https://wasmer.io',
    commands: ['hello'], downloads: [90, 1877] },
  { ns: 'wasmer', name: 'static-web-server', versions: ['1.0.0', '1.1.0', '2.0.0'], license: 'Apache-2.0', iface: W0,
    description: 'A cross-platform, high-performance and asynchronous web server for static files-serving',
    repository: 'https://github.com/static-web-server/static-web-server', homepage: 'https://static-web-server.net', commands: ['webserver'],
    dependencies: { 'wasmer/hello': '^0.2.0', '_/coreutils': '0.1' }, fs: { '/public': 'public' }, keywords: ['http', 'server'],
    downloads: [800, 2600, 9950], signed: true },
  { ns: 'demo', name: 'hello-demo', versions: ['1.0.0'], license: 'MIT', iface: W0,
    description: 'A demo package owned by the demo user, handy for trying publish', repository: null, homepage: null,
    commands: ['hello-demo'], downloads: [3] },
];

// Blog posts: SearchResult members a package client does not know (the real union also has apps and templates).
export const blogposts = [
  { slug: 'python-in-the-browser', title: 'Running Python anywhere with WebAssembly', tagline: 'One python package, every platform',
    body: 'How the python package runs on servers, desktops and browsers through WASI.', tags: ['python', 'wasi'],
    publishDate: '2024-03-12T10:00:00.000Z', theme: 'BLUE', owner: 'syrusakbary' },
  { slug: 'interpreters-on-wasmer', title: 'Interpreters on Wasmer: lua, quickjs and wasm3', tagline: 'Small runtimes inside a small runtime',
    body: 'A tour of the interpreters in the registry.', tags: ['interpreters'],
    publishDate: '2024-05-02T10:00:00.000Z', theme: 'GREEN', owner: 'syrusakbary' },
];
