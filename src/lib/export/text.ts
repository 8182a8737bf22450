/**
 * Text for documents: control characters that XML (Word, Excel) cannot hold are dropped, so a
 * stray one pasted into a narrative cannot corrupt the file. Tabs and line breaks stay.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function printable(value: string): string {
  return value.replace(NOT_XML, '');
}
