// The draw pages read GET /api/public/draws[/:drawId] and link the public view file (docs/api.md).
import type { PublicView } from '../../../../../src/domain/draw/public-view.ts';
import { getJson, PublicApiError } from '../../api.ts';

export type DrawStatus = 'announced' | 'revealing' | 'revealed' | 'computed' | 'confirmed' | 'aborted';

export interface PublicDrawSummary {
  readonly drawId: string;
  readonly taskCode: string;
  readonly planCode: string;
  readonly drawDate: string;
  readonly suite: string;
  readonly version: string;
  readonly status: DrawStatus;
  readonly announcedAt: string;
  readonly confirmedAt: string | null;
  readonly abortReason: string | null;
  readonly poolSize: number;
  readonly eligible: number;
  readonly selected: number | null;
  readonly replacements: number;
}

export interface PublicWitness {
  readonly witness: string;
  readonly role: string;
  /** 抽取人、监督人、见证人…, as the server names the role. */
  readonly roleLabel: string;
  readonly name: string;
  readonly commit: string | null;
  readonly committedAt: string | null;
}

export interface PublicSignature {
  readonly signer: string;
  readonly role: string;
  readonly statementDigest: string;
  readonly signedAt: string;
}

export interface PublicDrawDetail extends PublicDrawSummary {
  readonly announcement: {
    readonly plan: PublicView['plan'];
    readonly poolSize: number;
    readonly digests: {
      readonly plan: string;
      readonly pool: string;
      readonly inspectors: string;
      readonly strata: string | null;
    };
    readonly witnesses: readonly PublicWitness[];
  };
  readonly reveals: readonly { readonly witness: string; readonly nonce: string }[];
  readonly seed: string | null;
  readonly view: PublicView | null;
  readonly entities: readonly { readonly id: string; readonly name: string }[];
  readonly inspectors: readonly { readonly id: string; readonly name: string }[];
  readonly signatures: readonly PublicSignature[];
  readonly replacementSummary: {
    readonly count: number;
    readonly reasons: readonly { readonly category: string; readonly count: number }[];
  };
}

export const STATUS_LABEL: Readonly<Record<DrawStatus, string>> = {
  announced: '已公告',
  revealing: '揭示中',
  revealed: '已揭示',
  computed: '已计算，待确认',
  confirmed: '已确认',
  aborted: '已中止',
};

export const STATUS_COLOR: Readonly<Record<DrawStatus, string>> = {
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
