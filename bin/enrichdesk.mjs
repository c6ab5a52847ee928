#!/usr/bin/env node
// `npx enrichdesk …`: runs the TypeScript command line through tsx, so it works right after `npm ci`
// with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../electron/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
