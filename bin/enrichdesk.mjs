#!/usr/bin/env node
// `npx enrichdesk …`: runs the TypeScript command line through tsx, so it works right after `npm ci`
// with no build step. The project's tsconfig gives it the @shared/* path wherever the command is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
const { main } = await import(new URL('../electron/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
