/** UI state only. Workspace data lives in IndexedDB and reaches screens through api/. */
import { create } from 'zustand';

interface UiState {
  /** Another tab upgraded the database; this tab must reload before it can save. */
  readonly connectionStale: boolean;
  readonly navigationOpen: boolean;
  markConnectionStale(): void;
  toggleNavigation(): void;
  closeNavigation(): void;
}

export const useUiStore = create<UiState>((set) => ({
  connectionStale: false,
  navigationOpen: false,
  markConnectionStale: () => set({ connectionStale: true }),
  toggleNavigation: () => set((state) => ({ navigationOpen: !state.navigationOpen })),
  closeNavigation: () => set({ navigationOpen: false }),
}));
