// The command line's entry point as bundled into dist-cli/yaodian.mjs (bin/yaodian.mjs loads it).
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
