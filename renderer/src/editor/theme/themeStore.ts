import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type ThemePreference = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

const STORAGE_KEY = 'wayline.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface ThemeState {
  preference: ThemePreference;
  systemDark: boolean;
  setPreference(preference: ThemePreference): void;
}

function storedPreference(): ThemePreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // Storage can be switched off; the system's choice is a fine default.
  }
}

/**
 * The colour theme is the user's, not a document's: one store for the whole app, remembered
 * in localStorage and following the system unless the user picked light or dark.
 */
export const themeStore = createStore<ThemeState>()((set) => ({
  preference: storedPreference(),
  systemDark: typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches,
  setPreference(preference) {
    set({ preference });
    try {
      if (preference === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, preference);
    } catch {
      // Not remembered across restarts, but applied now.
    }
  },
}));

export const resolveTheme = (s: ThemeState): ResolvedTheme =>
  s.preference === 'system' ? (s.systemDark ? 'dark' : 'light') : s.preference;

/** 'light' or 'dark' as shown now; pass it to React Flow's `colorMode`. */
export function useResolvedTheme(): ResolvedTheme {
  return useStore(themeStore, resolveTheme);
}

export function useThemePreference(): ThemePreference {
  return useStore(themeStore, (s) => s.preference);
}

/** Switches to the other of light and dark (leaving "follow the system"). */
export function toggleTheme(): void {
  const state = themeStore.getState();
  state.setPreference(resolveTheme(state) === 'dark' ? 'light' : 'dark');
}

/**
 * Keeps `data-theme` on <html> in step with the preference and the system setting, so the
 * CSS variables of theme.css apply everywhere, the start screen included.
 */
export function startTheme(): () => void {
  const root = document.documentElement;
  const apply = () => {
    const theme = resolveTheme(themeStore.getState());
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  };
  apply();
  const media = matchMedia(DARK_QUERY);
  const onSystemChange = (e: MediaQueryListEvent) => themeStore.setState({ systemDark: e.matches });
  media.addEventListener('change', onSystemChange);
  const unsubscribe = themeStore.subscribe(apply);
  return () => {
    media.removeEventListener('change', onSystemChange);
    unsubscribe();
  };
}
