// The server's field problems of a refused year (`holidays[3]` …) as lines naming the list in words.
import { useI18n } from '../../../locales/use-i18n.ts';
import { describeDetails } from '../../../requestErrorConfig.ts';

const LISTS = {
  holidays: 'calendar.holidays',
  workdays: 'calendar.workdays',
  year: 'calendar.year',
} as const;

export function useProblemLines(): (details: unknown) => string[] {
  const { t } = useI18n();
  return (details) => {
    if (!Array.isArray(details)) return describeDetails(details);
    return details.map((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return String(entry);
      const { field, message } = entry as { field?: unknown; message?: unknown };
      const list = typeof field === 'string' ? field.replace(/\[.*$/, '') : '';
      const label = list in LISTS ? t(LISTS[list as keyof typeof LISTS]) : list;
      const text = typeof message === 'string' ? message : JSON.stringify(entry);
      return label ? `${label}：${text}` : text;
    });
  };
}
