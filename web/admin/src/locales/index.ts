// A tiny i18n store: zh-CN by default, the choice persisted in localStorage.
import enUS from './en-US.ts';
import zhCN, { type MessageKey } from './zh-CN.ts';

export type { MessageKey } from './zh-CN.ts';
export type Lang = 'zh-CN' | 'en-US';
export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

const STORAGE_KEY = 'shuangsui.admin.lang';
const messages: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};
const listeners = new Set<() => void>();
let current: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage; the switch still works for this session.
  }
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener());
}

export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

function interpolate(text: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** Translates in the current language; usable outside React (the request layer). */
export const translate: Translate = (key, vars) => interpolate(messages[current][key], vars);

/** For codes that come from data (risk flags, audit actions): a known key is translated, else shown as is. */
export function translateOr(key: string, fallback: string): string {
  return isMessageKey(key) ? translate(key) : fallback;
}
