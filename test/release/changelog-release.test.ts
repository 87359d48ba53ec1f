import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/changelog-release.mjs');
const dir = mkdtempSync(join(tmpdir(), 'raff-changelog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INTRO = [
  'All notable changes to this project are documented here. The format follows',
  '[Keep a Changelog](https://keepachangelog.com/en/1.1.0/).',
];

function release(name: string, changelog: string[]) {
  const file = join(dir, name);
  writeFileSync(file, `${changelog.join('\n')}\n`);
  const run = spawnSync(process.execPath, [script, '--file', file, '--date', '2026-12-08'], {
    cwd: root,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    text: readFileSync(file, 'utf8'),
  };
}

describe('scripts/changelog-release.mjs', () => {
  it('turns what changeset version wrote into a dated release holding the Unreleased section', () => {
    // CHANGELOG.md as `changeset version` leaves it: its release right under the title.
    const result = release('after-version.md', [
      '# Changelog',
      '',
      '## 0.2.0',
      '',
      '### Minor Changes',
      '',
      '- 64f1988: Slimmer package: declarations once,',
      '  the emulator as one ES module.',
      '- 0a1b2c3: Releases from CI.',
      '',
      ...INTRO,
      '',
      '## [Unreleased]',
      '',
      '### Added',
      '',
      '- Third-party notices.',
      '',
      '### Fixed',
      '',
      '- A link.',
      '',
      '## [0.1.0] - 2026-10-01',
      '',
      '### Added',
      '',
      '- The client.',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.text).toBe(
      [
        '# Changelog',
        '',
        ...INTRO,
        '',
        '## [Unreleased]',
        '',
        '## [0.2.0] - 2026-12-08',
        '',
        'Slimmer package: declarations once,',
        'the emulator as one ES module.',
        '',
        'Releases from CI.',
        '',
        '### Added',
        '',
        '- Third-party notices.',
        '',
        '### Fixed',
        '',
        '- A link.',
        '',
        '## [0.1.0] - 2026-10-01',
        '',
        '### Added',
        '',
        '- The client.',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toContain('## [0.2.0] - 2026-12-08 from 2 changeset(s)');
  });

  it('leaves the file as it is when changeset version made no release', () => {
    const before = [
      '# Changelog',
      '',
      ...INTRO,
      '',
      '## [Unreleased]',
      '',
      '### Added',
      '',
      '- A thing.',
    ];
    const result = release('no-release.md', before);
    expect(result.status, result.stderr).toBe(0);
    expect(result.text).toBe(`${before.join('\n')}\n`);
    expect(result.stdout).toContain('no new release from changesets');
  });

  it('refuses a changelog without an Unreleased section', () => {
    const result = release('no-unreleased.md', ['# Changelog', '', '## 0.2.0', '', '- x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('has no "## [Unreleased]" section');
  });
});
