/**
 * Zod, set up once for this app: without its compiled parsers. Zod would otherwise test whether it
 * may compile them with `new Function`, and the page's CSP (no eval) reports that test as a
 * violation on every screen that checks a file. Parsing is the same, a little slower.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
