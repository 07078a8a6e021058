import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/content-model/load.ts';
import { DOCUMENT_KINDS } from '../../src/schemas/index.ts';
import { repoRoot, sampleSiteDir } from '../support/paths.ts';

const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

describe('provenance on the office history pages of the sample portal (not on the document pages)', () => {
  const documents = loadContentTree(path.join(repoRoot, 'content')).files.filter((f) => f.kind !== 'office' && f.kind !== 'standard');

  it.each(documents.map((f) => [path.relative(repoRoot, f.absolutePath), f] as const))(
    '%s shows its last commit from git on its office’s history page',
    (relative, file) => {
      const [office, doc] = file.id.split('/');
      const page = fs.readFileSync(path.join(sampleSiteDir, 'offices', office!, DOCUMENT_KINDS[file.kind as 'charter'].folder, doc!, 'index.html'), 'utf8');
      // The document page links its history and carries no commit.
      const anchor = `${file.kind === 'order' ? 'order' : file.kind}-${doc}`;
      expect(page).toContain(`href="/offices/${office}/history/#${anchor}"`);
      expect(page).not.toContain('data-provenance-commit');
      const history = fs.readFileSync(path.join(sampleSiteDir, 'offices', office!, 'history', 'index.html'), 'utf8');
      const html = new RegExp(`<li id="${anchor}"[\\s\\S]*?</li>`).exec(history)?.[0] ?? '';
      // The site was built from the working tree: a file with uncommitted edits says so instead of naming a commit.
      const dirty = git('status', '--porcelain', '--', relative) !== '';
      const commit = git('log', '-1', '--format=%H', '--', relative);
      const provenance = /<p class="provenance"[^>]*>[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
      if (commit) {
        expect(provenance).toContain(`data-provenance-commit="${commit}"`);
        expect(provenance).toContain(`<code data-astro-cid-`);
        expect(provenance).toContain(`>${commit.slice(0, 7)}</code>`);
        expect(provenance).toContain(`datetime="${git('log', '-1', '--format=%cs', '--', relative)}"`);
      }
      if (dirty) expect(provenance).toContain('এখনো সংরক্ষণ (কমিট) করা হয়নি');
      expect(provenance, 'no provenance line').not.toBe('');
    },
  );
});
