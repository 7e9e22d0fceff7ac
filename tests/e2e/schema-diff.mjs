// Lists the breaking changes between two versions of schema.graphql (removed or retyped fields,
// arguments that became required, ...), as @graphql-inspector/core classifies them.
// Usage: node schema-diff.mjs <old.graphql> <new.graphql>
// Prints one breaking change per line ("path: message"); exit code 0 either way, 2 on a usage or parse error.
import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const [oldFile, newFile] = process.argv.slice(2);
if (!newFile) {
  console.error('usage: node schema-diff.mjs <old.graphql> <new.graphql>');
  process.exit(2);
}
try {
  const load = file => buildSchema(fs.readFileSync(file, 'utf8'));
  const changes = await diff(load(oldFile), load(newFile));
  for (const change of changes.filter(c => c.criticality.level === CriticalityLevel.Breaking)) {
    console.log(`${change.path ?? '(schema)'}: ${change.message}`);
  }
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(2);
}
