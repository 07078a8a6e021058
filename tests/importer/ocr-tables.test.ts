/**
 * Tables in scans rebuilt from Tesseract's word boxes (src/importer/ocr-tables.ts):
 * small made-up TSVs for each rule, then the archive's charter (14 services in
 * ruled tables) printed, rendered by Chromium at two resolutions and read by
 * Tesseract, before (Tesseract's lines) and after (tables rebuilt). The figures
 * are in docs/importer.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textWithTables, wordsFromTsv } from '../../src/importer/ocr-tables.ts';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { bothWays, scanAndRead, scoreTable } from './scanned-table.ts';
import { haveOcrTools } from './support.ts';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
/** One TSV word: line number, left, top, width, text (height 20). */
const w = (line: number, left: number, top: number, width: number, text: string) => `5\t1\t1\t1\t${line}\t1\t${left}\t${top}\t${width}\t20\t90\t${text}`;
const tsv = (...rows: string[]) => [HEADER, ...rows].join('\n');
/** A cell's words from `left`: 10 px a letter, 4 px between words (a usual space). */
function cell(line: number, left: number, top: number, text: string): string[] {
  let x = left;
  return text.split(' ').map((word) => {
    const width = [...word].length * 10;
    const row = w(line, x, top, width, word);
    x += width + 4;
    return row;
  });
}

describe('textWithTables', () => {
  it.each([
    [
      'a ruled row: cells at rules and wide gaps, a wrapped cell joined, the prose around kept',
      tsv(
        w(1, 0, 0, 40, 'সেবা'),
        w(1, 44, 0, 40, 'প্রদান'),
        w(2, 0, 30, 20, 'ক্র'),
        w(2, 100, 30, 40, 'সেবার'),
        w(2, 144, 30, 30, 'নাম'),
        w(2, 300, 30, 4, '|'),
        w(2, 310, 30, 50, 'সময়সীমা'),
        w(3, 0, 60, 20, '১.'),
        w(3, 100, 60, 40, 'জন্ম'),
        w(3, 144, 60, 40, 'নিবন্ধন'),
        w(3, 310, 60, 30, '৭'),
        w(3, 344, 60, 40, 'দিন'),
        w(4, 100, 78, 30, 'সনদ'),
        w(5, 0, 110, 20, '২.'),
        w(5, 100, 110, 40, '[তথ্য'),
        w(5, 310, 110, 60, 'তাৎক্ষণিক'),
        w(6, 0, 150, 60, 'তারিখ:'),
        w(6, 64, 150, 60, '১৫/০৪/২০২৪'),
      ),
      'সেবা প্রদান\n\nক্র\tসেবার নাম\tসময়সীমা\n১.\tজন্ম নিবন্ধন সনদ\t৭ দিন\n২.\tতথ্য\tতাৎক্ষণিক\n\nতারিখ: ১৫/০৪/২০২৪',
    ],
    [
      'a header over two lines is one row; a heading below the table runs across its columns and ends it',
      tsv(
        ...cell(1, 0, 0, 'ক্র'),
        ...cell(1, 100, 0, 'সেবার'),
        ...cell(1, 300, 0, 'সেবার'),
        ...cell(2, 0, 18, 'নং'),
        ...cell(2, 100, 18, 'নাম'),
        ...cell(2, 300, 18, 'মূল্য ও পদ্ধতি'),
        ...cell(3, 0, 50, '১'),
        ...cell(3, 100, 50, 'তথ্য প্রদান'),
        ...cell(3, 300, 50, 'বিনামূল্যে'),
        ...cell(4, 0, 68, '২.২) দাপ্তরিক সেবা সমূহ'),
      ),
      'ক্র নং\tসেবার নাম\tসেবার মূল্য ও পদ্ধতি\n১\tতথ্য প্রদান\tবিনামূল্যে\n\n২.২) দাপ্তরিক সেবা সমূহ',
    ],
    [
      'two cells of a row read as one are cut by the columns of the rows beside it',
      tsv(
        ...cell(1, 0, 0, 'ক্র'),
        ...cell(1, 100, 0, 'সেবার নাম'),
        ...cell(1, 300, 0, 'সেবার মূল্য'),
        ...cell(1, 420, 0, 'সময় সীমা'),
        ...cell(2, 0, 40, '১'),
        ...cell(2, 100, 40, 'তথ্য প্রদান'),
        ...cell(2, 300, 40, 'বিনামূল্যে'),
        ...cell(2, 420, 40, 'এক দিন'),
        ...cell(3, 0, 80, '২'),
        ...cell(3, 100, 80, 'সনদ প্রদান'),
        // The fee cell's words reach close to the next cell: one piece on this line.
        ...cell(3, 300, 80, 'একশত টাকা মাত্র'),
        ...cell(3, 424, 80, 'তিন দিন'),
        ...cell(4, 0, 120, '৩'),
        ...cell(4, 100, 120, 'ছাড়পত্র'),
        ...cell(4, 300, 120, 'বিনামূল্যে'),
        ...cell(4, 420, 120, 'সাত দিন'),
      ),
      'ক্র\tসেবার নাম\tসেবার মূল্য\tসময় সীমা\n১\tতথ্য প্রদান\tবিনামূল্যে\tএক দিন\n২\tসনদ প্রদান\tএকশত টাকা মাত্র\tতিন দিন\n৩\tছাড়পত্র\tবিনামূল্যে\tসাত দিন',
    ],
  ])('%s', (_name, input, expected) => {
    expect(textWithTables(wordsFromTsv(input))).toBe(expected);
  });
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protishruti-scanned-table-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Needs Tesseract with the Bengali model and Chromium (.ci/run installs them). Two OCR runs of a full page: slow.
describe.skipIf(!haveOcrTools || !fs.existsSync(CHROMIUM_PATH))('a scanned charter table', () => {
  it('is read as a table: services, names, fees and time limits before and after, at two resolutions', async () => {
    const tsv = await scanAndRead(dir);
    const figures: Record<string, unknown> = {};
    for (const scale of [1, 2]) {
      const { before, after } = bothWays(tsv[scale] ?? '');
      figures[`${scale}x`] = { before: await scoreTable(before), after: await scoreTable(after) };
    }
    process.stdout.write(`scanned charter table (14 services): ${JSON.stringify(figures)}\n`);
    const at = (scale: string, when: 'before' | 'after') => (figures[scale] as Record<string, Awaited<ReturnType<typeof scoreTable>>>)[when]!;
    expect(at('1x', 'before').names).toBe(0);
    expect(at('2x', 'before').names).toBe(0);
    expect(at('1x', 'after').names).toBeGreaterThanOrEqual(7);
    expect(at('2x', 'after').names).toBeGreaterThanOrEqual(11);
    expect(at('2x', 'after').fees).toBeGreaterThanOrEqual(11);
  }, 300_000);
});
