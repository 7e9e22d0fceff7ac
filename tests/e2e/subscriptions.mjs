// Subscribes to dataVersionPublished with the npm clients a dashboard would use, graphql-ws (WebSocket,
// graphql-transport-ws) and graphql-sse (distinct connections mode), once per token, and prints one JSON line per
// client with the first event of a data version >= the one awaited. Also plays hostile clients with `ws` and prints
// how and how fast the server cut each off. Driven by tests/KenpoGraph.Api.Tests/Subscriptions/NpmClientSubscriptionTests.cs.
//   node subscriptions.mjs <endpoint http://…/graphql> <awaited version> <name=token>...
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const [endpoint, awaitedText, ...named] = process.argv.slice(2);
const awaited = Number(awaitedText);
const wsUrl = endpoint.replace(/^http/, 'ws');
const query = `subscription {
  dataVersionPublished {
    dataVersion { id inputDigest }
    previousDataVersion
    orgUnits { code measures orgUnit { nameEn } }
    nationalFigures { measure fiscalYear source before after difference }
    tables { table added changed removed }
  }
}`;
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

function listen(name, client, kind) {
  return new Promise((resolve, reject) => {
    const dispose = client.subscribe({ query }, {
      next: (result) => {
        if (result.errors) { reject(new Error(`${name} ${kind}: ${JSON.stringify(result.errors)}`)); return; }
        const event = result.data.dataVersionPublished;
        if (event.dataVersion.id >= awaited) {
          print({ client: `${kind}-${name}`, event });
          dispose();
          resolve();
        }
      },
      error: (error) => reject(new Error(`${name} ${kind}: ${error?.message ?? JSON.stringify(error)}`)),
      complete: () => {},
    });
  });
}

async function hostile() {
  // Opens a raw socket and reports the close code and how long after `start` it came.
  const open = (onOpen) => new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const started = Date.now();
    socket.on('open', () => onOpen(socket));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString(), ms: Date.now() - started }));
    socket.on('error', () => {});
  });
  print({ hostile: 'never-initialised', ...(await open(() => {})) });
  print({ hostile: 'huge-payload', ...(await open((s) => s.send(JSON.stringify({ type: 'connection_init', payload: { x: 'x'.repeat(1024 * 1024) } })))) });
  print({ hostile: 'subscribe-flood', ...(await open((s) => {
    s.send(JSON.stringify({ type: 'connection_init' }));
    s.on('message', (data) => {
      if (JSON.parse(data.toString()).type !== 'connection_ack') return;
      for (let i = 0; i < 500; i++) s.send(JSON.stringify({ id: `f${i}`, type: 'subscribe', payload: { query } }));
    });
  })) });
}

const clients = [];
const ready = [];
for (const pair of named) {
  const [name, token] = pair.split('=');
  const authorization = token ? `Bearer ${token}` : undefined;
  let connectedWs, connectedSse;
  ready.push(new Promise((r) => { connectedWs = r; }), new Promise((r) => { connectedSse = r; }));
  const ws = createWsClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { Authorization: authorization } : {},
    retryAttempts: 0,
    on: { connected: () => connectedWs() },
  });
  const sse = createSseClient({
    url: endpoint,
    headers: authorization ? { Authorization: authorization } : {},
    retryAttempts: 0,
    on: { connected: () => connectedSse() },
  });
  clients.push({ ws, sse, done: Promise.all([listen(name, ws, 'graphql-ws'), listen(name, sse, 'graphql-sse')]) });
}
await Promise.all(ready);
print({ ready: true });
const timeout = setTimeout(() => { console.error('timed out waiting for events'); process.exit(2); }, 180_000);
try {
  await Promise.all(clients.map((c) => c.done));
  await hostile();
} catch (error) {
  console.error(error.message);
  process.exit(1);
} finally {
  clearTimeout(timeout);
  for (const c of clients) { await c.ws.dispose(); c.sse.dispose(); }
}
process.exit(0);
