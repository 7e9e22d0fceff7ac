// The subscriber side of bench/soak-subscriptions (not a test): opens <count> WebSockets with graphql-transport-ws, one
// dataVersionPublished subscription each, as that many open dashboards would. Prints {"ready": n} once every socket is
// acknowledged and subscribed, then {"received": n, "first": epochMs, "last": epochMs, "closed": n} when every socket
// has had an event of a data version above <above>, or when <seconds> have passed.
//   node soak-subscriptions.mjs <endpoint http://…/graphql> <count> <above> <seconds>
import WebSocket from 'ws';

const [endpoint, countText, aboveText, secondsText] = process.argv.slice(2);
const count = Number(countText);
const above = Number(aboveText);
const url = endpoint.replace(/^http/, 'ws');
const query = 'subscription { dataVersionPublished { dataVersion { id } nationalFigures { measure fiscalYear after } } }';
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

let subscribed = 0;
let closed = 0;
const arrivals = [];
const sockets = [];

function open(n) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let heard = false;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: `s${n}`, type: 'subscribe', payload: { query } }));
        subscribed++;
        resolve();
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next' && !heard && message.payload?.data?.dataVersionPublished?.dataVersion?.id > above) {
        heard = true;
        arrivals.push(Date.now());
      }
    });
    socket.on('close', () => { closed++; resolve(); });
    socket.on('error', () => {});
    sockets.push(socket);
  });
}

// In batches, so the server's accept queue is not the thing measured.
for (let n = 0; n < count; n += 50) {
  await Promise.all(Array.from({ length: Math.min(50, count - n) }, (_, i) => open(n + i)));
}
// Subscribed means the subscribe message was sent; give the server a moment to start every stream.
await new Promise((r) => setTimeout(r, 2000));
print({ ready: subscribed, closed });

const deadline = Date.now() + Number(secondsText) * 1000;
while (arrivals.length < subscribed && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 20));
}
print({ received: arrivals.length, first: Math.min(...arrivals), last: Math.max(...arrivals), closed });
for (const socket of sockets) socket.terminate();
process.exit(0);
