/**
 * The pages loaded on demand: where each is found and which module draws it. The router builds
 * its routes from this list (`router.tsx`), and the build writes each page's files into
 * index.html so that a first visit straight to a page asks for its code with the app's, before the
 * app has run (`main.tsx`, `vite.config.ts`), as it does for what opening the workspace loads.
 * Kept free of imports: the first screen's entry reads it before anything else has loaded.
 */
export interface Page {
  /** The path under `/`, as React Router writes it (`:name` is one segment, `*` the rest). */
  readonly path: string;
  /** Under `src/features/`, without `.tsx`. */
  readonly module: string;
  /** The module's export that draws the page. */
  readonly component: string;
}

const page = (path: string, module: string, component = module.split('/')[1] ?? module): Page => ({
  path,
  module,
  component,
});

export const PAGES: readonly Page[] = [
  page('plans', 'plans/PlansPage'),
  page('plans/:body', 'plans/PlansPage'),
  page('actions/new', 'plans/NewActionPage'),
  page('actions/import', 'plans/ImportActionsPage'),
  page('actions/:ref', 'plans/ActionPage'),
  page('updates', 'updates/UpdatesRoundPage'),
  page('updates/:quarter', 'updates/UpdatesRoundPage'),
  page('updates/:quarter/returns', 'updates/ReturnsPage'),
  page('updates/:quarter/:ref', 'updates/UpdateFormPage'),
  page('recommendations', 'recommendations/RecommendationsPage'),
  page('recommendations/:number', 'recommendations/RecommendationPage'),
  page('swot', 'swot/SwotPage'),
  page('strategic-tool', 'strategic-tool/StrategicToolPage'),
  page('scrutiny', 'scrutiny/ScrutinyPage'),
  page('scrutiny/:quarter', 'scrutiny/ScrutinyPage'),
  page('indicators', 'indicators/IndicatorsPage'),
  page('indicators/new', 'indicators/IndicatorEditorPages', 'NewIndicatorPage'),
  page('indicators/:id', 'indicators/IndicatorPage'),
  page('indicators/:id/edit', 'indicators/IndicatorEditorPages', 'EditIndicatorPage'),
  page('reports', 'reports/ReportsPage'),
  page('audit', 'audit/AuditPage'),
  page('accessibility', 'accessibility/AccessibilityStatementPage'),
  page('shared-plan', 'sync/SharedPlanPage'),
  page('members', 'members/MembersPage'),
  page('settings', 'settings/SettingsPage'),
  page('*', 'not-found/NotFoundPage'),
];

const segments = (path: string) => path.split('/').filter(Boolean);

/** How closely a page's path matches: a named segment beats one that stands for any, as in React Router. */
function score(pattern: readonly string[], path: readonly string[]): number | undefined {
  if (pattern.at(-1) === '*') {
    const fixed = pattern.slice(0, -1);
    return path.length >= fixed.length ? score(fixed, path.slice(0, fixed.length)) : undefined;
  }
  if (pattern.length !== path.length) return undefined;
  let total = 1;
  for (const [index, part] of pattern.entries()) {
    if (part.startsWith(':')) total += 3;
    else if (part.toLowerCase() === path[index]?.toLowerCase()) total += 10;
    else return undefined;
  }
  return total;
}

/** The page drawn at a pathname; none for the overview (`/`), which comes with the app. */
export function pageAt(pathname: string): Page | undefined {
  const path = segments(pathname);
  if (path.length === 0) return undefined;
  let best: { page: Page; score: number } | undefined;
  for (const candidate of PAGES) {
    const value = score(segments(candidate.path), path);
    if (value !== undefined && (!best || value > best.score))
      best = { page: candidate, score: value };
  }
  return best?.page;
}

/**
 * What opening the workspace loads on demand at every start, under `src/` (`db/openWorkspace.ts`:
 * the seed and the command that writes it, needed on a first visit and fetched on every one so
 * that a first visit does not wait for them after the database is found empty).
 */
export const OPENING_MODULES: readonly string[] = ['db/commands/workspace', 'db/seed'];

/** Where the build lists in index.html the files to ask for ahead, and the shape of the list. */
export const CODE_AHEAD_ELEMENT = 'code-ahead';
export interface CodeAhead {
  /** Every file named, once, as the build wrote it (`assets/…js`). */
  readonly files: readonly string[];
  /** The files of `OPENING_MODULES` beyond the app's own (indexes into `files`). */
  readonly opening: readonly number[];
  /** For each page's path, the files it needs beyond the app's own (indexes into `files`). */
  readonly pages: Readonly<Record<string, readonly number[]>>;
}
