import { yieldToPage } from '../lib/yieldToPage';

/**
 * The browser's locale data, loaded ahead of the app's code, each kind in a task of its own. The
 * first `Intl` object of a kind that a page makes loads the data behind it: 19-22 ms for a
 * collator, 9-14 for a number format and 3-6 for a list format on this 2-core machine,
 * unthrottled. The app's modules make theirs as they load (domain/figures.ts, references.ts,
 * planFilter.ts, words.ts), so running the app's code was one task of about 55 ms, 40 of them this
 * data: four times that on a phone, and the longest task of the first load (issue 20). Made here
 * first, the app's own take under 1 ms.
 */
const KINDS = [
  () => new Intl.Collator('en-GB'),
  () => new Intl.NumberFormat('en-GB'),
  () => new Intl.ListFormat('en-GB'),
];

export async function loadLocaleData(): Promise<void> {
  for (const make of KINDS) {
    make();
    await yieldToPage();
  }
}
