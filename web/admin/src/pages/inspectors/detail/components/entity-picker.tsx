// Picks an entity by searching the directory (name or code), for declaring a conflict.
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { EntitySummary } from '../../../../services/types.ts';
import { searchEntities } from '../../service.ts';

interface EntityPickerProps {
  readonly value?: string;
  readonly onChange?: (value: string) => void;
}

export default function EntityPicker({ value, onChange }: EntityPickerProps) {
  const { t } = useI18n();
  const [options, setOptions] = useState<readonly EntitySummary[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef('');

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (q: string) => {
    clearTimeout(timer.current);
    latest.current = q;
    if (!q.trim()) return setOptions([]);
    // Wait for the officer to stop typing before asking the server.
    timer.current = setTimeout(() => {
      setSearching(true);
      searchEntities(q.trim()).then(
        (rows) => {
          if (latest.current === q) setOptions(rows);
          setSearching(false);
        },
        () => setSearching(false),
      );
    }, 300);
  };

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      onChange={onChange}
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
