/** Keeps `npm run bench` working: one run, figures printed, no judgement on the timings. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the new-tab benchmark', () => {
  it('runs once and prints its table and JSON', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'lesson-tab-bench-')), 'bench.json');
    const output = execFileSync('node', ['bench/newtab.mjs', '--runs', '1', '--json', json], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(output).toMatch(/\| time to card, first tab \| [\d.]+ \/ [\d.]+ \| [\d.]+ \/ [\d.]+ \| [\d.]+×/);
    expect(output).toMatch(/Targets/);
    const results = JSON.parse(readFileSync(json, 'utf8'));
    for (const page of ['lessonTab', 'twin', 'text']) expect(results.samples[page]).toHaveLength(1);
    expect(results.summary.map((row: { metric: string }) => row.metric)).toContain(
      'first contentful paint, warm tab',
    );
  });
});
