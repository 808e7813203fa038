/** Privacy and safety, read off the built extension and our own sources. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtension } from './driver/paths';

const ROOT = resolve(__dirname, '../..');

function files(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, extensions);
    return extensions.test(name) ? [path] : [];
  });
}

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(join(builtExtension('chromium'), 'manifest.json'), 'utf8'));

  it('asks for storage (never evicted) and nothing else, with the default content security policy', () => {
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('loads no code from elsewhere', () => {
    for (const file of files(builtExtension('chromium'), /\.html$/)) {
      const html = readFileSync(file, 'utf8');
      expect(html, relative(builtExtension('chromium'), file)).not.toMatch(
        /<(script|link)[^>]+(src|href)="(https?:)?\/\//,
      );
    }
    for (const file of files(builtExtension('chromium'), /\.js$/)) {
      expect(readFileSync(file, 'utf8'), relative(builtExtension('chromium'), file)).not.toMatch(
        /import\(\s*["'`]https?:/,
      );
    }
  });

  it.each(['chromium', 'firefox'] as const)(
    '%s: the new tab fetches one file before it paints, its styles inline and parsed ahead of it',
    (browser) => {
      const html = readFileSync(join(builtExtension(browser), 'newtab.html'), 'utf8');
      expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
      expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/first-frame.js">']);
      const style = html.indexOf('<style>');
      expect(style).toBeGreaterThan(-1);
      expect(html.indexOf('<script')).toBeGreaterThan(html.indexOf('</style>', style));
      // All the first frame draws is styled from the start: the card's tools, a favorite coming
      // back; and the colours are light-dark() as written, not doubled into fallback variables.
      const css = html.slice(style, html.indexOf('</style>', style));
      for (const rule of [
        '.lesson-card{',
        '.card-tools{',
        '.card-tools__hide{',
        '.returning{',
        '.return-choices{',
      ])
        expect(css).toContain(rule);
      expect(css).toContain('--bg:light-dark(');
      expect(css).not.toContain('lightningcss');
    },
  );

  it.each(
    files(builtExtension('chromium'), /\.js$/).map((file) => [
      relative(builtExtension('chromium'), file),
      file,
    ]),
  )('%s has no eval, new Function or document.write', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(code).not.toMatch(/document\.write(ln)?\s*\(/);
  });
});

describe('our own code', () => {
  const sources = ['entrypoints', 'components', 'utils', 'data'].flatMap((dir) =>
    files(join(ROOT, dir), /\.(ts|tsx)$/),
  );

  it('is there to check', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(sources.map((file) => [relative(ROOT, file), file]))(
    '%s never sets HTML from strings',
    (_name, file) => {
      const code = readFileSync(file, 'utf8');
      expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
      expect(code).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|document\.write/);
    },
  );
});
