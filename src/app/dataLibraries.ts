/** The first screen's libraries that run after React's (see `libraries.ts`). */
import 'react-router';
import 'dexie';
import '@tanstack/react-query';
