#!/usr/bin/env node
/**
 * Mozilla's addons-linter (through web-ext) on the Firefox build: no errors, and no warnings but
 * the known one from Preact (README, "Firefox package"). Run after `npm run build:firefox`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.output/firefox-mv2';
let report;
try {
  report = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    {
      encoding: 'utf8',
    },
  );
} catch (error) {
  // web-ext exits non-zero when there are errors; the report is still on stdout.
  report = error.stdout;
}
const { errors, warnings, notices } = JSON.parse(report.slice(report.indexOf('{')));

/** Preact's diff sets innerHTML only for dangerouslySetInnerHTML, which no code of ours uses. */
const fromPreact = (warning) => {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT') return false;
  const line = readFileSync(join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  return line.slice(Math.max(0, warning.column - 400), warning.column + 100).includes('__html');
};
const known = warnings.filter(fromPreact);
const unexpected = warnings.filter((warning) => !fromPreact(warning));

for (const item of [...errors, ...unexpected])
  console.log(`${item._type}: ${item.code} ${item.file ?? ''} ${item.message}`);
console.log(
  `web-ext lint: ${errors.length} errors, ${unexpected.length} warnings from our code, ${known.length} known from Preact, ${notices.length} notices`,
);
process.exit(errors.length + unexpected.length === 0 ? 0 : 1);
