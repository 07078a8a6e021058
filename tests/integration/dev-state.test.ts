import { describe, expect, it } from 'vitest';
import { refusalFor, type DevRefusals } from '../../src/integration/dev-state.ts';

const contentError = () => new Error('content error');
const stale = () => new Error('lgd is stale');

describe('which pages astro dev refuses', () => {
  const cases: { name: string; refusals: Omit<DevRefusals, 'failedLoaders'>; path: string; refused: string | undefined }[] = [
    { name: 'nothing wrong', refusals: { staleOffices: new Map() }, path: 'offices/lgd/', refused: undefined },
    { name: 'a content error: the home page', refusals: { everyPage: contentError, staleOffices: new Map() }, path: '', refused: 'content error' },
    {
      name: 'a content error: any office page',
      refusals: { everyPage: contentError, staleOffices: new Map([['lgd', stale]]) },
      path: 'offices/lgd/',
      refused: 'content error',
    },
    { name: 'a stale office: its own page', refusals: { staleOffices: new Map([['lgd', stale]]) }, path: 'offices/lgd/minutes/x/', refused: 'lgd is stale' },
    { name: 'a stale office: not another office', refusals: { staleOffices: new Map([['lgd', stale]]) }, path: 'offices/lgd-2/', refused: undefined },
    { name: 'a stale office: not the national pages', refusals: { staleOffices: new Map([['lgd', stale]]) }, path: 'compliance/', refused: undefined },
  ];
  it.each(cases)('$name', ({ refusals, path, refused }) => {
    expect(refusalFor(path, { ...refusals, failedLoaders: new Set() })?.message).toBe(refused);
  });
});
