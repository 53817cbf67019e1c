// The web app's API types, generated from the committed OpenAPI document (apps/api/openapi.json):
//   node apps/web/scripts/api-types.mjs write   regenerate apps/web/src/api/schema.d.ts (npm run openapi)
//   node apps/web/scripts/api-types.mjs check   fail when the committed file is not what generation gives (npm test)
// The output goes through Prettier, so `npm run format` never makes the check fail.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = path.resolve(import.meta.dirname, '../../..');
const documentFile = path.join(root, 'apps/api/openapi.json');
const typesFile = path.join(root, 'apps/web/src/api/schema.d.ts');
const HEADER = '// Generated from apps/api/openapi.json by `npm run openapi`. Do not edit by hand.\n\n';

const mode = process.argv[2];
if (mode !== 'write' && mode !== 'check') {
  process.stderr.write('usage: api-types.mjs write|check\n');
  process.exit(2);
}

const source = HEADER + astToString(await openapiTS(pathToFileURL(documentFile)));
const options = (await prettier.resolveConfig(typesFile)) ?? {};
const generated = await prettier.format(source, { ...options, filepath: typesFile });

if (mode === 'write') {
  writeFileSync(typesFile, generated);
  process.stdout.write(`wrote ${path.relative(root, typesFile)}\n`);
} else {
  let committed = '';
  try {
    committed = readFileSync(typesFile, 'utf8');
  } catch {
    // Missing: reported below.
  }
  if (committed !== generated) {
    process.stderr.write(
      `${path.relative(root, typesFile)} is not what apps/api/openapi.json generates: run \`npm run openapi\` and commit both.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${path.relative(root, typesFile)} matches apps/api/openapi.json\n`);
}
