// The draw pages read GET /api/public/draws[/:drawId] and link the public view file (docs/api.md).
import type { operations } from '../../../../admin/src/services/api.gen.ts';
import { getJson, PublicApiError } from '../../api.ts';

/** The server's answers, typed from its OpenAPI document (npm run gen:api), not mirrored by hand. */
type Answer<T> = T extends { responses: { 200: { content: { 'application/json': infer J } } } } ? J : never;
export type PublicDrawSummary = Answer<operations['listPublicDraws']>['draws'][number];
export type PublicDrawDetail = Answer<operations['getPublicDraw']>['draw'];
export type PublicDrawView = NonNullable<PublicDrawDetail['view']>;

/** By the server's status (announced … aborted); an unknown one is shown as it comes. */
export const STATUS_LABEL: Readonly<Record<string, string>> = {
  announced: '已公告',
  revealing: '揭示中',
  revealed: '已揭示',
  computed: '已计算，待确认',
  confirmed: '已确认',
  aborted: '已中止',
};

export const STATUS_COLOR: Readonly<Record<string, string>> = {
  announced: 'blue',
  revealing: 'gold',
  revealed: 'gold',
  computed: 'gold',
  confirmed: 'green',
  aborted: 'red',
};

const path = (drawId: string) => `/api/public/draws/${encodeURIComponent(drawId)}`;

export const listDraws = () =>
  getJson<{ draws: PublicDrawSummary[] }>('/api/public/draws').then((r) => r.draws);
export const getDraw = (drawId: string) =>
  getJson<{ draw: PublicDrawDetail }>(path(drawId)).then(
    (r) => r.draw,
    (error: unknown) => {
      // The server's 404 speaks to officers; a citizen needs to know the draw is not (yet) public.
      if (error instanceof PublicApiError && error.status === 404)
        throw new Error(`没有找到抽取 ${drawId}：编号可能有误，或这次抽取尚未公告`);
      throw error;
    },
  );
export const viewUrl = (drawId: string) => `${path(drawId)}/view`;

/** "150802/G2" → "G2 组（地区 150802）": the group's name only, never its risk class (R-N.2). */
export function stratumLabel(stratum: string): string {
  const m = /^(\d{6})\/(.+)$/.exec(stratum);
  return m ? `${m[2]} 组（地区 ${m[1]}）` : `${stratum} 组`;
}

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO instant as Beijing time, "2026-03-16 09:30". */
export function formatTime(iso: string): string {
  const parts = Object.fromEntries(TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
