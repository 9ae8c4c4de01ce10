// Opens the inspection record of a targeted inspection: creates the draft, or opens the one that exists.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { RequestError } from '../../../request.ts';
import { requestErrorConfig } from '../../../requestErrorConfig.ts';
import { today } from '../../../utils/format.ts';
import { createTargetedRecord, type TargetedInspection } from '../service.ts';

export function useStartRecord() {
  const navigate = useNavigate();
  const [starting, setStarting] = useState<string>();

  const start = async (row: TargetedInspection, itemId: string) => {
    setStarting(row.id);
    // The check date must lie in the targeted period and not in the future.
    const day = row.to !== null && row.to < today() ? row.to : today();
    try {
      const record = await createTargetedRecord({ targetedInspectionId: row.id, itemId, checkedOn: day });
      void navigate(`/inspections/${record.id}`);
    } catch (error) {
      const existing = error instanceof RequestError && error.code === 'record-exists' ? error.details : null;
      if (existing && typeof existing === 'object' && 'id' in existing)
        void navigate(`/inspections/${String(existing.id)}`);
      else if (error instanceof RequestError) requestErrorConfig.errorHandler(error);
    } finally {
      setStarting(undefined);
    }
  };

  return { starting, start };
}
