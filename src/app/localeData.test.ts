import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLocaleData } from './localeData';

describe("loading the browser's locale data ahead of the app", () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes one of each kind of Intl object the app uses, for en-GB, one a task', async () => {
    const made: string[] = [];
    for (const kind of ['Collator', 'NumberFormat', 'ListFormat'] as const) {
      const Original = Intl[kind] as new (locale?: Intl.LocalesArgument) => object;
      vi.spyOn(Intl, kind).mockImplementation(function (locale?: Intl.LocalesArgument) {
        made.push(`${kind} ${String(locale)}`);
        return new Original(locale);
      } as never);
    }
    const loading = loadLocaleData();
    expect(made).toEqual(['Collator en-GB']);
    await loading;
    expect(made).toEqual(['Collator en-GB', 'NumberFormat en-GB', 'ListFormat en-GB']);
  });
});
