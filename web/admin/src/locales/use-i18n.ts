import { useMemo, useSyncExternalStore } from 'react';
import {
  getLang,
  setLang,
  subscribeLang,
  translate,
  translateOr,
  type Lang,
  type Translate,
} from './index.ts';

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
  readonly tOr: (key: string, fallback: string) => string;
}

/** Re-renders the caller when the language changes. */
export function useI18n(): I18n {
  const lang = useSyncExternalStore(subscribeLang, getLang);
  // New functions per language, so memoised columns and menus that depend on them follow the switch.
  return useMemo(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(key, vars),
      tOr: (key: string, fallback: string) => translateOr(key, fallback),
    }),
    [lang],
  );
}
