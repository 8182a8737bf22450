/**
 * The libraries the app starts with, in two files of their own that `main.tsx` runs, each in a
 * task of its own, before the app: React and React DOM here, then React Router, Dexie and TanStack
 * Query (`dataLibraries.ts`). Running the whole first screen's code was one task of 88-171 ms on a
 * phone (4× CPU traces); split so, no one of them is long (issue 20). Every one of them is used by
 * the first screen; a library only a later page uses does not belong here, or every first load
 * would fetch and run it.
 */
import 'react';
import 'react-dom/client';
