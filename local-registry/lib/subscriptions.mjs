// GraphQL subscriptions over WebSocket, protocol graphql-transport-ws (npm graphql-ws on npm ws), at the
// same path as each dialect's HTTP endpoint (/wasmer/graphql, /metabind/graphql, ...) for the dialects
// whose schema has a Subscription type. Credentials come from the upgrade request's headers or from the
// connection_init payload (each dialect's wsHeaders() maps that payload to the headers its context reads).
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import { handleProtocols } from 'graphql-ws';

const MAX_MESSAGE_BYTES = 1024 * 1024;

/** Adds WebSocket handling to `server`; returns { count(), dropAll() } for tests. */
export function attachSubscriptions(server, dialects, { faults } = {}) {
  const sockets = new Set();
  const endpoints = new Map();
  for (const [name, dialect] of dialects) {
    if (!dialect.schema.getSubscriptionType()) continue;
    const wss = new WebSocketServer({ noServer: true, handleProtocols, maxPayload: MAX_MESSAGE_BYTES });
    useServer({
      schema: dialect.schema,
      context: (ctx) => {
        const params = ctx.connectionParams && typeof ctx.connectionParams === 'object' ? ctx.connectionParams : {};
        const headers = { ...ctx.extra.request.headers, ...(dialect.wsHeaders?.(params) ?? {}) };
        return dialect.context({ req: ctx.extra.request, headers, operationName: null });
      },
    }, wss);
    endpoints.set(name, wss);
  }
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => {});
    const p = new URL(req.url, 'http://localhost').pathname;
    const m = /^\/([^/]+)\/graphql$/.exec(p);
    const wss = m && endpoints.get(m[1]);
    faults?.record(req, p, null);
    if (!wss) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('error', () => {});
      wss.emit('connection', ws, req);
    });
  });
  return {
    count: () => sockets.size,
    /** Cuts every open socket without a close frame (a network failure, for reconnect tests). */
    dropAll() {
      const n = sockets.size;
      for (const ws of sockets) ws.terminate();
      return n;
    },
  };
}
