/**
 * An RSS feed per office of its new minutes and office orders, newest first, so
 * citizens, journalists and parent offices can follow an office without visiting.
 * Dates are the documents' own (letter date, at the start of that day in Dhaka).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../../i18n/strings.ts';
import { dualDate } from '../../../lib/format.ts';
import { renderedOffices, urls, type OfficeBundle } from '../../../lib/portal-data.ts';

export async function getStaticPaths() {
  const offices = await renderedOffices();
  return offices.map((bundle) => ({ params: { office: bundle.office.id }, props: { bundle } }));
}

/** How many documents a feed carries: enough for a year of quarterly minutes and orders. */
const LIMIT = 50;

const dhakaMidnight = (iso: string) => new Date(`${iso}T00:00:00+06:00`);

export const GET: APIRoute<{ bundle: OfficeBundle }> = async ({ props, site }) => {
  const { office, minutes, orders } = props.bundle;
  const name = office.data.name.bn;
  const items = [
    ...minutes.map((m) => ({ date: m.data.date, title: m.data.title, link: urls.minutes(m), kind: t('doc.kind.minutes') })),
    ...orders.map((o) => ({ date: o.data.date, title: o.data.subject, link: urls.order(o), kind: t('doc.kind.order') })),
  ]
    .sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link))
    .slice(0, LIMIT);
  return rss({
    title: `${name}: ${t('feed.title')}`,
    description: `${name} — ${t('site.tagline')}`,
    // The channel links to the office's page; item links are absolute paths resolved against it.
    site: new URL(urls.office(office.id), site ?? 'https://portal.example').href,
    trailingSlash: true,
    customData: '<language>bn</language>',
    items: items.map((item) => {
      const { gregorian, bangla } = dualDate(item.date);
      return {
        title: item.title,
        link: item.link,
        pubDate: dhakaMidnight(item.date),
        description: `${item.kind} · ${name} · ${gregorian} (${bangla})`,
        categories: [item.kind],
      };
    }),
  });
};
