import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';

// npm shows README.md on the package page but serves none of the files it links to: a relative
// link there is dead. Links to the repository's files go to GitHub, on main.
const root = fileURLToPath(new URL('../../', import.meta.url));
const REPOSITORY_FILES = 'https://github.com/rafftechnologies/raff-sdk-typescript/blob/main/';
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every link and image target of the README, as the markdown parser sees them (code excluded). */
function targets(markdown: string): string[] {
  const found: string[] = [];
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'link' || token.type === 'image') found.push(token.href);
    if (token.type === 'html') {
      for (const match of token.raw.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) {
        found.push(match[1] ?? '');
      }
    }
  });
  return found;
}

/** The anchors GitHub and npm give the README's headings. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type !== 'heading') return;
    anchors.add(
      token.text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  });
  return anchors;
}

describe('README.md links', () => {
  const links = targets(readme);

  it('finds the links the README has (the guides, openapi.json, the results)', () => {
    expect(links).toContain(`${REPOSITORY_FILES}docs/compatibility.md`);
    expect(links).toContain(`${REPOSITORY_FILES}openapi.json`);
    expect(links.length).toBeGreaterThan(30);
  });

  it('are all absolute or anchors on the page, so that they work on npm', () => {
    const relative = links.filter((href) => !/^(?:https?:|mailto:|#)/.test(href));
    expect(relative).toEqual([]);
  });

  it('name files that exist in the repository when they point into it', () => {
    const missing = links
      .filter((href) => href.startsWith(REPOSITORY_FILES))
      .map((href) => href.slice(REPOSITORY_FILES.length).replace(/#.*$/, ''))
      .filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('point at headings of the README when they are anchors', () => {
    const anchors = headingAnchors(readme);
    const dangling = links
      .filter((href) => href.startsWith('#'))
      .filter((href) => !anchors.has(href.slice(1)));
    expect(dangling).toEqual([]);
  });

  it('would report a relative link and a dangling anchor', () => {
    const sample = '# Title\n\n[guide](docs/guide.md), [top](#title), [gone](#nowhere)\n';
    expect(targets(sample).filter((href) => !/^(?:https?:|#)/.test(href))).toEqual([
      'docs/guide.md',
    ]);
    expect(headingAnchors(sample)).toEqual(new Set(['title']));
  });
});
