/**
 * Testing Library's queries over jsdom, made quick where jsdom or the library does needless work on
 * a page the size of this app's forms (about 1,000 elements): the same answers, found sooner.
 */
import { getConfig } from '@testing-library/react';

/**
 * A form control's `labels`, found as a browser does but without jsdom's cost. jsdom 27 answers
 * `input.labels` by walking the whole document and, for every label met, walking it again to the
 * element its `for` names: on the action form (about 100 controls, 100 labels, 1,000 elements)
 * one `getByLabelText` after a re-render took 1.7-2.0 s, and the form's tests ran into their
 * timeout. Here only the labels that can name the control are asked for their `control` (jsdom's
 * own, so the rule is still the HTML standard's): those whose `for` is its id, and those around it.
 * The same labels, in tree order.
 */
function labelsOf(this: HTMLElement): HTMLLabelElement[] | null {
  if (this instanceof HTMLInputElement && this.type === 'hidden') return null;
  const root = this.getRootNode();
  const candidates = new Set<HTMLLabelElement>();
  if (this.id && 'querySelectorAll' in root) {
    const named = [...(root as ParentNode).querySelectorAll('label[for]')];
    for (const label of named) {
      if (label instanceof HTMLLabelElement && label.htmlFor === this.id) candidates.add(label);
    }
  }
  for (let node = this.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLLabelElement) candidates.add(node);
  }
  return [...candidates]
    .filter((label) => label.control === this)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

type LabelsGetter = (this: HTMLElement) => NodeListOf<HTMLLabelElement> | null;
const jsdomLabels = new Map<object, LabelsGetter>();

/** An element's labels as jsdom itself finds them: the test of the quick way compares the two. */
export const labelsAsJsdomFindsThem = (element: HTMLElement) =>
  jsdomLabels.get(Object.getPrototypeOf(element) as object)?.call(element);

/** Called where there is a DOM (a jsdom test file). */
export function installQuickLabels(): void {
  const labelable = [
    HTMLInputElement,
    HTMLSelectElement,
    HTMLTextAreaElement,
    HTMLButtonElement,
    HTMLOutputElement,
    HTMLMeterElement,
    HTMLProgressElement,
  ];
  for (const element of labelable) {
    const own = Object.getOwnPropertyDescriptor(element.prototype, 'labels')?.get;
    if (own && !jsdomLabels.has(element.prototype)) jsdomLabels.set(element.prototype, own);
    Object.defineProperty(element.prototype, 'labels', { configurable: true, get: labelsOf });
  }
}

/** Testing Library's own error, with the page printed into its message. */
const printedError = getConfig().getElementError;

/**
 * The error a query throws when it finds nothing: Testing Library's own, but while a `find…` query
 * or `waitFor` is still waiting, made only if its message is read (on giving up). They build an
 * error at every check, and printing the page each time took 3.9 s of a 20 s form test here.
 */
export function elementError(message: string | null, container: Element): Error {
  const waiting = (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })
    ._disableExpensiveErrorDiagnostics;
  if (!waiting) return printedError(message, container);
  const error = new Error();
  error.name = 'TestingLibraryElementError';
  let text: string | undefined;
  Object.defineProperty(error, 'message', {
    configurable: true,
    get: () => (text ??= printedError(message, container).message),
    set: (value: string) => {
      text = value;
    },
  });
  return error;
}
