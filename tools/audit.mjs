#!/usr/bin/env node
// `npm run audit -- <url>` in the repository; users of the package run `npx consentry audit <url>`.
import { main } from './audit/cli.mjs';

process.exitCode = await main(process.argv.slice(2), { prog: 'npm run audit --' });
