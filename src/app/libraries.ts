/**
 * The libraries the app starts with (React, React Router, Dexie, TanStack Query), in a file of
 * their own that `main.tsx` runs a frame before the app: running the whole first screen's code was
 * one task of 88-171 ms on a phone (4× CPU traces), and in two tasks each is about half that.
 * Every one of them is used by the first screen; a library only a later page uses does not belong
 * here, or every first load would fetch and run it.
 */
import 'react';
import 'react-dom/client';
import 'react-router';
import 'dexie';
import '@tanstack/react-query';
