/** Word files for the importer tests, made with the `docx` package the way an office types a charter. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A table cell: text, or text with the rows/columns it spans (merged cells in Word). */
export type Cell = string | { text: string; rowSpan?: number; columnSpan?: number };
export type Block = string | { heading: string } | { table: Cell[][] };

function cellParagraphs(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

/** A .docx with paragraphs, headings and tables (cells may hold several lines). */
export async function makeDocx(blocks: Block[]): Promise<Buffer> {
  const children = blocks.map((b) => {
    if (typeof b === 'string') return new Paragraph({ children: [new TextRun(b)] });
    if ('heading' in b) return new Paragraph({ text: b.heading, heading: HeadingLevel.HEADING_2 });
    return new Table({
      rows: b.table.map(
        (row) =>
          new TableRow({
            children: row.map((c) =>
              typeof c === 'string'
                ? new TableCell({ children: cellParagraphs(c) })
                : new TableCell({
                    children: cellParagraphs(c.text),
                    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
                    ...(c.columnSpan ? { columnSpan: c.columnSpan } : {}),
                  }),
            ),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A small citizen charter as an office types it in Word: headings, a 7-column service table, GRS table, date, signature. */
export function charterBlocks(options: { emptyFee?: boolean } = {}): Block[] {
  const header = [
    'ক্রম',
    'সেবার নাম',
    'সেবা প্রদান পদ্ধতি',
    'প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান',
    'সেবার মূল্য এবং পরিশোধ পদ্ধতি',
    'সেবা প্রদানের সময়সীমা',
    'দায়িত্বপ্রাপ্ত কর্মকর্তা (নাম, পদবি, ফোন ও ইমেইল)',
  ];
  return [
    { heading: 'সিটিজেন চার্টার' },
    'ভিশন:',
    'সবার জন্য দ্রুত ও স্বচ্ছ সেবা।',
    'মিশন:',
    'প্রযুক্তির মাধ্যমে সেবা সহজ করা।',
    '২.১) নাগরিক সেবা',
    {
      table: [
        header,
        [
          '১',
          'জন্ম নিবন্ধন সনদ',
          'অনলাইনে আবেদন',
          '১) আবেদন ফরম\n২) টিকার কার্ড',
          options.emptyFee ? '' : '৫০ টাকা, ব্যাংক চালানের মাধ্যমে',
          '৭ কার্যদিবস',
          'জনাব মো: রফিকুল ইসলাম\nসহকারী প্রোগ্রামার\nফোন: ০১৭১১২২৩৩৪৪\nrafiq@example.gov.bd',
        ],
        ['২', 'তথ্য প্রদান', 'সরাসরি', 'সাদা কাগজে আবেদন', 'বিনামূল্যে', 'তাৎক্ষণিক', 'জনাব মো: রফিকুল ইসলাম সহকারী প্রোগ্রামার ফোন: ০১৭১১২২৩৩৪৪'],
      ],
    },
    'অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
    {
      table: [
        ['ক্রম', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'],
        [
          '১',
          'দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে',
          'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)',
          'জনাব আবদুল করিম উপজেলা নির্বাহী অফিসার ফোন: ০১৭১৫৫৬৬৭৭৮',
          '৩০ কার্যদিবস',
        ],
      ],
    },
    '১৫/০৪/২০২৪',
    'মো: রফিকুল ইসলাম',
    'সহকারী প্রোগ্রামার',
  ];
}
