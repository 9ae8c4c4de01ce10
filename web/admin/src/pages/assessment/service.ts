import { request } from '../../request.ts';
import type { Assessment } from '../../services/types.ts';

export interface AssessmentQuery {
  readonly unitId?: string;
  readonly year?: number;
}

export function fetchAssessment(query: AssessmentQuery): Promise<Assessment> {
  return request('/api/admin/assessment', { query: { ...query } });
}
