import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import opening from '../db/openWorkspace.ts?raw';
import { OPENING_MODULES, PAGES, pageAt } from './pages';
import { pageModules } from './pageCode';
import { routes } from './router';

const ADDRESSES = [
  '/',
  '/plans',
  '/plans/',
  '/PLANS',
  '/plans/police',
  '/actions/new',
  '/actions/import',
  '/actions/P-12',
  '/actions/P-12/extra',
  '/updates',
  '/updates/2026-Q3',
  '/updates/2026-Q3/returns',
  '/updates/2026-Q3/P-12',
  '/recommendations',
  '/recommendations/7',
  '/swot',
  '/strategic-tool',
  '/scrutiny',
  '/scrutiny/2026-Q2',
  '/indicators',
  '/indicators/new',
  '/indicators/ind-1',
  '/indicators/ind-1/edit',
  '/reports',
  '/audit',
  '/accessibility',
  '/shared-plan',
  '/members',
  '/settings',
  '/no-such-page',
  '/no/such/page',
];

describe('the page at an address', () => {
  it.each(ADDRESSES)('is the one the router draws at %s', (address) => {
    const matched = matchRoutes(routes, address)?.at(-1)?.route;
    const expected = matched?.index ? undefined : matched?.path;
    expect(pageAt(address)?.path).toBe(expected);
  });

  it('has a module that draws it, for every page in the list', async () => {
    for (const { module, component } of PAGES) {
      const load = pageModules[`../features/${module}.tsx`];
      expect(load, module).toBeDefined();
      expect(typeof (await load?.())?.[component], `${module} ${component}`).toBe('function');
    }
  });

  it('leaves no page module out of the list', () => {
    const listed = new Set(PAGES.map(({ module }) => `../features/${module}.tsx`));
    expect(Object.keys(pageModules).filter((module) => !listed.has(module))).toEqual([]);
  });
});

describe('what opening the workspace loads on demand', () => {
  it('is what the list says, so that it is asked for ahead', () => {
    const imported = [...opening.matchAll(/import\('\.\/([^']+)'\)/g)].map(([, module]) => module);
    expect(imported.map((module) => `db/${module}`)).toEqual(OPENING_MODULES);
  });
});
