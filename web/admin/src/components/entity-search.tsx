// Picks an entity by searching the directory (name or code); the chosen one keeps its label after a new
// search. Used for conflicts (回避) and targeted inspections.
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useI18n } from '../locales/use-i18n.ts';
import { searchEntities } from '../services/entities.ts';
import type { EntitySummary } from '../services/types.ts';

interface EntitySearchProps {
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly allowClear?: boolean;
  readonly style?: CSSProperties;
}

export default function EntitySearch({ id, value, onChange, allowClear, style }: EntitySearchProps) {
  const { t } = useI18n();
  const [found, setFound] = useState<readonly EntitySummary[]>([]);
  const [chosen, setChosen] = useState<EntitySummary>();
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef('');

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (q: string) => {
    clearTimeout(timer.current);
    latest.current = q;
    if (!q.trim()) return setFound([]);
    // Wait for the officer to stop typing before asking the server.
    timer.current = setTimeout(() => {
      setSearching(true);
      searchEntities(q.trim()).then(
        (rows) => {
          if (latest.current === q) setFound(rows);
          setSearching(false);
        },
        () => setSearching(false),
      );
    }, 300);
  };

  const options = [
    ...(chosen && chosen.id === value ? [chosen] : []),
    ...found.filter((e) => e.id !== value),
  ];
  return (
    <Select
      id={id}
      style={style}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      onChange={(next?: string) => {
        setChosen(found.find((e) => e.id === next));
        onChange?.(next);
      }}
      placeholder={t('conflict.entityPlaceholder')}
      notFoundContent={searching ? <Spin size="small" /> : t('conflict.entityNone')}
      options={options.map((entity) => ({
        value: entity.id,
        label: `${entity.name}（${entity.code}）`,
        disabled: entity.status === 'deregistered',
      }))}
    />
  );
}
