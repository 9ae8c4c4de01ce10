import { request } from '../../request.ts';
import type { TodoList } from '../../services/types.ts';

/** R-N.9: the year of the working-day calendar a system administrator should enter now, if any. */
export async function fetchCalendarDue(): Promise<number | undefined> {
  const { yearDue } = await request<{ yearDue: { year: number } | null }>('/api/admin/calendar/years');
  return yearDue?.year;
}

/** What waits for the signed-in officer's roles (issue 11.2). */
export function fetchTodo(): Promise<TodoList> {
  return request('/api/admin/todo');
}
