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

  it("asks for the page's files, then those of opening the workspace, each once", () => {
    listed(JSON.stringify(CODE));
    askForCodeAhead('/plans/police');
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

  it("asks for no page's files at the overview, which comes with the app", () => {
    listed(JSON.stringify(CODE));
    askForCodeAhead('/');
    expect(askedFor()).toEqual(OPENING);
  });

  it("asks for no page's files where the page has none listed", () => {
    listed(JSON.stringify(CODE));
    askForCodeAhead('/audit');
    expect(askedFor()).toEqual(OPENING);
  });

  it('asks for nothing when the build listed nothing (the development server)', () => {
    askForCodeAhead('/plans');
    expect(askedFor()).toEqual([]);
  });

  it('asks for nothing, and does not stop the app, when the list is not readable', () => {
    listed('{"files": [');
    expect(() => askForCodeAhead('/plans')).not.toThrow();
    expect(askedFor()).toEqual([]);
  });
});
