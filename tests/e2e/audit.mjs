// Runs graphql-http's GraphQL-over-HTTP audit suite against a running server and prints one JSON
// line per audit ({id, name, status, reason}); exits 0 when it could run, whatever the outcome, so the
// C# test decides what passes. Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  let reason = result.status === 'ok' ? null : result.reason;
  console.log(JSON.stringify({ id: audit.id, name: audit.name, status: result.status, reason }));
}
