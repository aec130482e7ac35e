// Writes schema/wayline-project.schema.json from the zod schema of the JSON export format
// (shared/export/jsonFormat.ts), so the published schema can never drift from the code.
// shared/ is TypeScript with extensionless imports, so it is bundled in memory first.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schema', 'wayline-project.schema.json');

const bundle = await build({
  entryPoints: [join(root, 'shared', 'export', 'jsonFormat.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { waylineJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
// Formatted as the repo's Prettier would, so `prettier --check` passes on the committed file.
const text = await format(JSON.stringify(waylineJsonSchema()), {
  ...(await resolveConfig(out)),
  filepath: out,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`wrote ${out}`);
