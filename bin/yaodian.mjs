#!/usr/bin/env node
// The `yaodian` command. Runs the compiled bundle (dist-cli, built by scripts/setup.sh and `npm run build`);
// only in a development tree whose sources changed after the last build does it compile them through tsx.
import { freshBundle } from './fresh-bundle.mjs';

const bundle = freshBundle('yaodian');
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
