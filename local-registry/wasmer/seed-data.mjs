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

export const interfaces = [
  { name: 'wasi', displayName: 'WASI', description: 'The WebAssembly System Interface', homepage: 'https://wasi.dev',
    versions: ['0.0.0-unstable', '0.1.0-unstable'] },
];

const W0 = { wasi: '0.0.0-unstable' };
const W1 = { wasi: '0.1.0-unstable' };

// Each: namespace, name, versions, description, license, repository, homepage, modules [name, interfaces], commands.
export const packages = [
  { ns: '_', name: 'python', versions: ['0.1.0'], license: 'PSF-2.0', iface: W1,
    description: 'Python is an interpreted, high-level, general-purpose programming language',
    repository: 'https://github.com/wapm-packages/python', homepage: 'https://www.python.org', commands: ['python'] },
  { ns: 'JeremyLikness', name: 'wasi-ubasic', versions: ['0.1.0', '0.1.1'], license: 'MIT', iface: W1,
    description: 'A tiny BASIC interpreter compiled to WebAssembly for WASI',
    repository: 'https://github.com/JeremyLikness/wasi-ubasic', homepage: null, commands: ['ubasic'] },
  { ns: 'vshymanskyy', name: 'wasm3', versions: ['0.4.7', '0.5.0'], license: 'MIT', iface: W1,
    description: 'The fastest WebAssembly interpreter, running inside WebAssembly',
    repository: 'https://github.com/wasm3/wasm3', homepage: 'https://github.com/wasm3/wasm3', commands: ['wasm3'] },
  { ns: 'syrusakbary', name: 'cowsay', versions: ['0.1.0', '0.1.2', '0.2.0'], license: 'MIT', iface: W0,
    description: 'cowsay is a program that generates ASCII pictures of a cow with a message',
    repository: 'https://github.com/wapm-packages/cowsay', homepage: null, commands: ['cowsay', 'cowthink'] },
  { ns: '_', name: 'sqlite', versions: ['0.1.0', '0.2.1'], license: 'blessing', iface: W0,
    description: 'SQLite, the self-contained SQL database engine, compiled to WebAssembly',
    repository: 'https://github.com/wapm-packages/sqlite', homepage: 'https://sqlite.org', commands: ['sqlite'] },
  { ns: '_', name: 'lua', versions: ['5.4.0', '5.4.4'], license: 'MIT', iface: W0,
    description: 'Lua is a powerful, efficient, lightweight, embeddable scripting language',
    repository: 'https://github.com/wapm-packages/lua', homepage: 'https://www.lua.org', commands: ['lua'] },
  { ns: '_', name: 'coreutils', versions: ['0.0.1', '0.1.0'], license: 'MIT', iface: W0,
    description: 'Cross-platform Rust rewrite of the GNU coreutils',
    repository: 'https://github.com/wapm-packages/coreutils', homepage: null, commands: ['ls', 'cat', 'echo', 'wc'] },
  { ns: 'adamz', name: 'quickjs', versions: ['0.20210327.0'], license: 'MIT', iface: W0,
    description: 'QuickJS is a small and embeddable JavaScript engine',
    repository: 'https://github.com/bellard/quickjs', homepage: 'https://bellard.org/quickjs/', commands: ['qjs'] },
  { ns: 'wasmer', name: 'hello', versions: ['0.1.0', '0.2.0'], license: 'MIT', iface: W0,
    description: 'Hello world, the Wasmer way', repository: 'https://github.com/wasmerio/hello', homepage: 'https://wasmer.io',
    commands: ['hello'] },
  { ns: 'wasmer', name: 'static-web-server', versions: ['1.0.0', '1.1.0', '2.0.0'], license: 'Apache-2.0', iface: W0,
    description: 'A cross-platform, high-performance and asynchronous web server for static files-serving',
    repository: 'https://github.com/static-web-server/static-web-server', homepage: 'https://static-web-server.net', commands: ['webserver'] },
  { ns: 'demo', name: 'hello-demo', versions: ['1.0.0'], license: 'MIT', iface: W0,
    description: 'A demo package owned by the demo user, handy for trying publish', repository: null, homepage: null,
    commands: ['hello-demo'] },
];
