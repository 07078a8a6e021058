/**
 * The editors' guide (src/help/guide.md) names what the admin shows in bold. Every bold
 * name must be one the admin or the site really shows: a label of the generated CMS config
 * (collections, fields, options), a string of Decap's Bengali interface (cms/locale-bn.ts),
 * a word the admin script adds (cms/admin/words.ts) or a string of the site
 * (src/i18n/strings.ts). Rename a field or a button and this fails until the guide says
 * the new name. The guide also carries no shell commands (they are in docs/editors.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_WORDS } from '../../cms/admin/words.ts';
import { generateConfig, type DecapField } from '../../cms/generate-config.ts';
import { bnLocale } from '../../cms/locale-bn.ts';
import { t, type StringKey } from '../../src/i18n/strings.ts';
import { repoRoot } from '../support/paths.ts';

const guide = fs.readFileSync(path.join(repoRoot, 'src/help/guide.md'), 'utf8');

function localeWords(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/%\{[^}]+\}/g, '').trim()];
  if (value && typeof value === 'object') return Object.values(value).flatMap(localeWords);
  return [];
}

function configWords(): string[] {
  const offices = [{ id: 'doict-bheramara', name: 'উপজেলা আইসিটি কার্যালয়, ভেড়ামারা' }];
  const config = generateConfig({ offices, repo: 'owner/portal', officeId: 'doict-bheramara' }) as { collections: Record<string, unknown>[] };
  const words: string[] = [];
  const visit = (fields: DecapField[] | undefined) => {
    for (const f of fields ?? []) {
      words.push(f.label, ...(f.label_singular ? [f.label_singular] : []), ...(f.options ?? []).map((o) => o.label));
      visit(f.fields);
      if (f.field) visit([f.field]);
    }
  };
  for (const c of config.collections) {
    words.push(String(c['label']), String(c['label_singular'] ?? ''));
    visit(c['fields'] as DecapField[] | undefined);
    for (const file of (c['files'] as { label: string; fields: DecapField[] }[] | undefined) ?? []) visit(file.fields);
  }
  return words;
}

/** Every string of the site in Bengali. */
function siteWords(): string[] {
  const source = fs.readFileSync(path.join(repoRoot, 'src/i18n/strings.ts'), 'utf8');
  const keys = [...source.matchAll(/^\s*'([a-z][\w.-]*)':/gm)].map((m) => m[1] as StringKey);
  return keys.map((k) => t(k));
}

const known = new Set([...localeWords(bnLocale), ...configWords(), ...Object.values(ADMIN_WORDS), ...siteWords()].filter(Boolean));

describe('the editors’ guide', () => {
  const bold = [...guide.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.trim());

  it('names only what the admin and the site show, in their words', () => {
    expect(bold.length).toBeGreaterThan(30);
    expect(bold.filter((name) => !known.has(name))).toEqual([]);
  });

  it('uses the admin’s names for its menus and the site’s for statuses (the names that drifted before)', () => {
    for (const name of ['দপ্তরের তথ্য', 'সিটিজেন চার্টার', t('freshness.status.due-soon'), t('freshness.status.stale'), ADMIN_WORDS.newVersion]) {
      expect(bold).toContain(name);
    }
    for (const stale of ['অফিসের তথ্য', 'শীঘ্রই দেয়']) expect(guide).not.toContain(stale);
  });

  it('carries no shell commands: those are for maintainers, in docs/editors.md', () => {
    expect(guide).not.toMatch(/```|\bnpm\b|\bapt-get\b|\bgit (?:add|commit|push)\b/);
    const maintainers = fs.readFileSync(path.join(repoRoot, 'docs/editors.md'), 'utf8');
    expect(maintainers).toContain('npm run import --');
    expect(maintainers).toContain('apt-get install');
  });

  it('shows pictures that exist and are wide enough for a phone screen', () => {
    const pictures = [...guide.matchAll(/!\[[^\]]+\]\(\.\/screenshots\/([^)]+)\)/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThanOrEqual(5);
    for (const name of pictures) {
      const png = fs.readFileSync(path.join(repoRoot, 'src/help/screenshots', name));
      // PNG header: width at byte 16. Taken at 360 CSS px at 2x: readable at a phone's full width.
      expect(png.readUInt32BE(16), name).toBeGreaterThanOrEqual(640);
    }
  });
});
