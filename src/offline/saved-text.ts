/**
 * How the save-for-offline box words what is saved (counts, size, the day). Apart from
 * client.ts, which every page loads to register the worker: the calendars these dates need
 * are downloaded only by the pages that show the box.
 */
import { todayInDhaka } from '../domain/fiscal-year.ts';
import { dualDateText } from '../lib/format.ts';

export const bnNumber = (n: number) => n.toLocaleString('bn-BD');
export const bnSize = (bytes: number) => `${bnNumber(Math.max(1, Math.round(bytes / 1024)))} কেবি`;
/** The day a timestamp falls on in Dhaka, in the portal's one date format (both calendars). */
export const bnDate = (iso: string) => dualDateText(todayInDhaka(new Date(iso)));
