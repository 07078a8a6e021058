/**
 * Decap's own screens, made safe and Bengali where its extension points do not reach.
 * Decap draws its list items, cards, login page and toolbar itself and offers no hook
 * for them (no custom login page, no item header, no header link: decap-cms-core 3.19),
 * so this watches the page and adjusts what it draws, by the component names its
 * stylesheet classes carry (`ListItemTopBar`, `NestedObjectLabel`, …; checked by the
 * browser tests, which fail if a Decap upgrade renames them):
 *
 * - Decap's own counts and dates ("10 সেবাসমূহ", "2024-04-15 — …", workflow cards) in
 *   Bengali digits, English month names in Bengali; typed values and inputs untouched;
 * - a folded item opens by its title (a button), its chevron and its × are named, and
 *   × asks before removing, naming the item;
 * - deleting a document names it in the question, and the delete button stands apart
 *   from publishing;
 * - the login page names the portal and the office, and links the guide; the header
 *   links the guide (/help/).
 */
import { ADMIN_WORDS } from './words.ts';
import { toBengaliDigits } from '../../src/domain/bengali-digits.ts';
import { GREGORIAN_MONTHS_BN } from '../../src/domain/bengali-digits.ts';
import { t } from '../../src/i18n/strings.ts';
import { bnLocale } from '../locale-bn.ts';
import { LANG, say } from './decap.ts';

/** Where Decap writes counts and dates of its own. */
const DIGIT_AREAS = [
  '[class*="TopBarContainer"]',
  '[class*="NestedObjectLabel"]',
  '[class*="ListCardTitle"]',
  '[class*="GridCard"]',
  '[class*="WorkflowCard"]',
  '[class*="Pagination"]',
].join(',');
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_WORD = new RegExp(`\\b(${ENGLISH_MONTHS.join('|')})\\b`, 'g');

function bengaliText(text: string): string {
  return toBengaliDigits(text.replace(MONTH_WORD, (m) => GREGORIAN_MONTHS_BN[ENGLISH_MONTHS.indexOf(m)] ?? m));
}

function localiseDigits(root: ParentNode): void {
  const areas = root instanceof Element && root.matches(DIGIT_AREAS) ? [root] : [...root.querySelectorAll(DIGIT_AREAS)];
  for (const area of areas) {
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('input, textarea, [contenteditable="true"], code, pre')) continue;
      const text = node.nodeValue ?? '';
      if (/[0-9]/.test(text) || MONTH_WORD.test(text)) {
        MONTH_WORD.lastIndex = 0;
        const bn = bengaliText(text);
        if (bn !== text) node.nodeValue = bn;
      }
    }
  }
}

/** A list item's parts: its top bar (chevron, drag handle, ×), its title, and whether it is folded. */
function itemParts(item: Element) {
  const bar = item.querySelector(':scope > [class*="ListItemTopBar"]');
  const buttons = bar ? [...bar.querySelectorAll(':scope > button')] : [];
  const title = item.querySelector(':scope > [class*="NestedObjectLabel"]');
  return {
    chevron: buttons[0] as HTMLButtonElement | undefined,
    remove: buttons.length > 1 ? (buttons[buttons.length - 1] as HTMLButtonElement) : undefined,
    title: title as HTMLElement | null,
    folded: /Collapsed/.test(item.className),
  };
}

function itemName(item: Element): string {
  return itemParts(item).title?.textContent?.trim() || say('এই সারি', 'this item');
}

function labelListItems(root: ParentNode): void {
  for (const item of root.querySelectorAll('[class*="ListItem-listControlItem"], [class*="SortableListItem"]')) {
    const { chevron, remove, title, folded } = itemParts(item);
    const name = itemName(item);
    chevron?.setAttribute('aria-label', folded ? say(`খুলুন: ${name}`, `Open: ${name}`) : say(`গুটিয়ে রাখুন: ${name}`, `Fold: ${name}`));
    chevron?.setAttribute('aria-expanded', String(!folded));
    remove?.setAttribute('aria-label', say(`মুছুন: ${name}`, `Remove: ${name}`));
    if (title && chevron) {
      title.setAttribute('role', 'button');
      title.setAttribute('tabindex', '0');
      title.setAttribute('aria-expanded', String(!folded));
      title.classList.add('protishruti-item-title');
      title.title = folded ? say('খুলতে চাপুন', 'Select to open') : say('গুটিয়ে রাখতে চাপুন', 'Select to fold');
    }
  }
}

/** The document open in the editor, named for the delete question (set by the status panel, cms/admin/status.ts). */
let openDocument: string | undefined;
export function nameOpenDocument(name: string | undefined): void {
  openDocument = name;
}

const DELETE_QUESTIONS = new Set<string>([
  bnLocale.editor.editor.onDeletePublishedEntry,
  bnLocale.editor.editor.onDeleteWithUnsavedChanges,
  bnLocale.editor.editor.onDeleteUnpublishedChanges,
  bnLocale.editor.editor.onDeleteUnpublishedChangesWithUnsavedChanges,
]);

function namedQuestion(message: string): string {
  if (!openDocument || !DELETE_QUESTIONS.has(message)) return message;
  return `${message}\n\n${say('মুছে যাবে', 'To be deleted')}: ${openDocument}`;
}

function loginHeading(options: { officeId?: string; offices: { id: string; name: string }[] }, helpHref: string): HTMLElement {
  const office = options.officeId ? options.offices.find((o) => o.id === options.officeId)?.name : undefined;
  const head = document.createElement('div');
  head.className = 'protishruti-login-head';
  const portal = document.createElement('p');
  portal.className = 'protishruti-login-portal';
  portal.textContent = `${t('site.name')} — ${say('সম্পাদনা', 'editing')}`;
  const title = document.createElement('h1');
  title.textContent = office ?? say('সব দপ্তর (রক্ষণাবেক্ষণকারী)', 'All offices (maintainers)');
  const help = document.createElement('a');
  help.href = helpHref;
  help.textContent = say(ADMIN_WORDS.guideTitle, 'Editor’s guide (Bengali)');
  head.append(portal, title, help);
  return head;
}

/** `<base>help/` for an admin at `<base>admin/…`. */
export function helpHref(pathname = location.pathname): string {
  const at = pathname.indexOf('/admin/');
  return `${at >= 0 ? pathname.slice(0, at + 1) : '/'}help/`;
}

export function enhanceChrome(options: { officeId?: string; offices: { id: string; name: string }[] }): void {
  const help = helpHref();
  const loginWord = LANG === 'bn' ? bnLocale.auth.login : 'Login';

  const adjust = () => {
    if (LANG === 'bn') localiseDigits(document.body);
    labelListItems(document);
    // The login page: Decap's button alone; add who and where.
    const login = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === loginWord);
    if (login && !document.querySelector('.protishruti-login-head')) {
      const box = login.parentElement;
      box?.parentElement?.insertBefore(loginHeading(options, help), box);
    }
    // The header: a link to the guide beside Decap's own sections.
    const nav = document.querySelector('[class*="AppHeaderNavList"]');
    if (nav && !nav.querySelector('.protishruti-help-link')) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.className = 'protishruti-help-link';
      a.href = help;
      a.textContent = say(ADMIN_WORDS.guide, 'Guide');
      li.append(a);
      nav.append(li);
    }
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      adjust();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });

  // A folded item opens by its title; × asks first, naming the item.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      const title = target?.closest?.('.protishruti-item-title');
      if (title) {
        const item = title.parentElement;
        if (item) itemParts(item).chevron?.click();
        return;
      }
      const button = target?.closest?.('[class*="ListItemTopBar"] > button');
      const item = button?.parentElement?.parentElement;
      if (button && item && itemParts(item).remove === button) {
        const question = say(
          `"${itemName(item)}" মুছে ফেলবেন? সংরক্ষণ না করা পর্যন্ত ফাইল বদলাবে না।`,
          `Remove "${itemName(item)}"? Nothing changes on file until you save.`,
        );
        if (!window.confirm(question)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      }
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      const title = (event.target as Element | null)?.closest?.('.protishruti-item-title');
      if (title && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        (title as HTMLElement).click();
      }
    },
    true,
  );

  // Decap asks with window.confirm before deleting a document: name the document in the question.
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(namedQuestion(String(message ?? '')));
}
