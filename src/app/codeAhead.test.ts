import { afterEach, describe, expect, it } from 'vitest';
import { askForCodeAhead } from './codeAhead';
import { CODE_AHEAD_ELEMENT, type CodeAhead } from './pages';

const CODE: CodeAhead = {
  files: [
    'assets/PlansPage-a1.js',
    'assets/FilterBar-b2.js',
    'assets/ScrutinyPage-c3.js',
    'assets/seed-d4.js',
    'assets/audit-e5.js',
  ],
  opening: [3, 4],
  pages: { plans: [0, 1, 4], 'plans/:body': [0, 1, 4], scrutiny: [2], 'scrutiny/:quarter': [2] },
};
const OPENING = ['/assets/seed-d4.js', '/assets/audit-e5.js'];

function listed(text: string) {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = CODE_AHEAD_ELEMENT;
  element.textContent = text;
  document.head.append(element);
}

const askedFor = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
    link.getAttribute('href'),
  );

describe("asking for a page's code as the page opens", () => {
  afterEach(() => document.head.replaceChildren());

  it("asks for the page's files, then those of opening the workspace, each once", async () => {
    listed(JSON.stringify(CODE));
    await askForCodeAhead('/plans/police');
    expect(askedFor()).toEqual([
      '/assets/PlansPage-a1.js',
      '/assets/FilterBar-b2.js',
      '/assets/audit-e5.js',
      '/assets/seed-d4.js',
    ]);
    const link = document.head.querySelector('link');
    expect(link?.crossOrigin).toBe('');
    expect(link?.getAttribute('fetchpriority')).toBe('low');
  });

  it("asks for no page's files at the overview, which comes with the app", async () => {
    listed(JSON.stringify(CODE));
    await askForCodeAhead('/');
    expect(askedFor()).toEqual(OPENING);
  });

  it("asks for no page's files where the page has none listed", async () => {
    listed(JSON.stringify(CODE));
    await askForCodeAhead('/audit');
    expect(askedFor()).toEqual(OPENING);
  });

  it('adds a few links a task, each file once, every one by the time it has finished', async () => {
    const files = Array.from({ length: 14 }, (_, index) => `assets/part-${index}.js`);
    listed(JSON.stringify({ files, opening: [...files.keys(), 0], pages: {} }));
    const asking = askForCodeAhead('/');
    expect(askedFor()).toHaveLength(6);
    await asking;
    expect(askedFor()).toEqual(files.map((file) => `/${file}`));
  });

  it('asks for nothing when the build listed nothing (the development server)', async () => {
    await askForCodeAhead('/plans');
    expect(askedFor()).toEqual([]);
  });

  it('asks for nothing, and does not stop the app, when the list is not readable', async () => {
    listed('{"files": [');
    await expect(askForCodeAhead('/plans')).resolves.toBeUndefined();
    expect(askedFor()).toEqual([]);
  });
});
