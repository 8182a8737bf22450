/** The quick `labels` of the test set-up finds what jsdom finds, in the same order. */
import { describe, expect, it } from 'vitest';
import { labelsAsJsdomFindsThem } from '../quickQueries';

describe("a form control's labels, as the tests find them", () => {
  it('are the labels jsdom finds, for every kind of labelling', () => {
    document.body.innerHTML = `
      <label for="a">A, by its id</label><input id="a">
      <label>B, around it <input id="b"></label>
      <label for="b">B again, by its id</label>
      <label for="c">not C: a label whose for names another element does not count its child <input id="c2"></label>
      <input id="c">
      <label>around two: only the first <select id="d"></select><textarea id="e"></textarea></label>
      <label for="f">F is hidden</label><input id="f" type="hidden">
      <label for="g">the first of two with the same id</label><input id="g"><button id="g"></button>
      <label for="">none</label><meter id="h"></meter>
      <div id="i"></div><label for="i">not a form control</label>
      <output id="j"></output><label for="j">J, after it</label><label for="j">J, twice</label>`;
    const controls = [
      ...document.querySelectorAll<HTMLElement>('input, select, textarea, button, meter, output'),
    ];
    expect(controls).toHaveLength(11);
    for (const control of controls) {
      const jsdom = labelsAsJsdomFindsThem(control);
      const quick = (control as HTMLInputElement).labels as unknown as HTMLLabelElement[] | null;
      expect(quick && [...quick], control.outerHTML).toEqual(jsdom && [...jsdom]);
    }
    const labelOf = (id: string) =>
      [...((document.getElementById(id) as HTMLInputElement).labels ?? [])].map((l) =>
        l.textContent?.trim().slice(0, 5),
      );
    expect(labelOf('b')).toEqual(['B, ar', 'B aga']);
    expect(labelOf('j')).toEqual(['J, af', 'J, tw']);
    expect(labelOf('e')).toEqual([]);
  });
});
