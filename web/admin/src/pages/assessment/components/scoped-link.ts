// A drill-down link that keeps the dashboard's unit and year, so the list shows the records behind the figure.
export function scopedLink(to: string, scope: { readonly unitId: string; readonly year: number }): string {
  const [path, query = ''] = to.split('?');
  const params = new URLSearchParams(query);
  params.set('unitId', scope.unitId);
  params.set('year', String(scope.year));
  return `${path}?${params.toString()}`;
}
