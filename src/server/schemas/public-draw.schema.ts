import { Type } from 'typebox';

// The public side of a draw (DRAW.md §9): these response schemas are the allow-list — the serializer
// writes only what is declared here, whatever the service returns.
const Hex = Type.String({ pattern: '^[0-9a-f]*$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const FreeObject = Type.Object({}, { additionalProperties: true });

export const PublicDrawSummarySchema = Type.Object({
  drawId: Type.String(),
  taskCode: Type.String(),
  planCode: Type.String(),
  drawDate: Type.String(),
  suite: Type.String(),
  version: Type.Union([Type.Literal('RDRAW-1'), Type.Literal('RDRAW-2')]),
  status: Type.String({ description: 'announced | revealing | revealed | computed | confirmed | aborted' }),
  announcedAt: Type.String(),
  confirmedAt: Nullable(Type.String()),
  abortReason: Nullable(Type.String()),
  poolSize: Type.Integer(),
  eligible: Type.Integer(),
  selected: Nullable(Type.Integer()),
  replacements: Type.Integer({ description: '递补次数（只公布次数和类别）' }),
});

const PublicStratum = Type.Object({
  stratum: Type.String(),
  saltCommit: Hex,
  eligible: Type.Integer(),
  quota: Type.Integer(),
});

const PublicTeam = Type.Object({
  entity: Type.String(),
  pools: Type.Array(Type.Object({ pool: Type.String(), inspectors: Type.Array(Type.String()) })),
});

/** The members in the order of DRAW.md §9, so the served file matches `shuangsui draw public`. */
export const PublicViewSchema = Type.Object({
  version: Type.Literal('RDRAW-2/public'),
  plan: FreeObject,
  poolSize: Type.Integer(),
  digests: Type.Object({
    plan: Hex,
    pool: Hex,
    inspectors: Hex,
    strata: Hex,
    seed: Hex,
    result: Hex,
    public: Hex,
  }),
  commitments: Type.Array(Type.Object({ witness: Type.String(), commit: Hex })),
  reveals: Type.Array(Type.Object({ witness: Type.String(), nonce: Hex })),
  strata: Type.Array(PublicStratum),
  selected: Type.Array(Type.String()),
  teams: Type.Array(PublicTeam),
});

export const PublicDrawDetailSchema = Type.Object({
  ...PublicDrawSummarySchema.properties,
  replacements: Type.Integer(),
  announcement: Type.Object({
    plan: FreeObject,
    poolSize: Type.Integer(),
    digests: Type.Object({ plan: Hex, pool: Hex, inspectors: Hex, strata: Nullable(Hex) }),
    witnesses: Type.Array(
      Type.Object({
        witness: Type.String(),
        role: Type.String(),
        roleLabel: Type.String(),
        name: Type.String(),
        commit: Nullable(Hex),
        committedAt: Nullable(Type.String()),
      }),
    ),
  }),
  reveals: Type.Array(Type.Object({ witness: Type.String(), nonce: Hex })),
  seed: Nullable(Hex),
  view: Nullable(PublicViewSchema),
  entities: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  inspectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  signatures: Type.Array(
    Type.Object({
      signer: Type.String(),
      role: Type.String(),
      statementDigest: Hex,
      signedAt: Type.String(),
      /** Issue 10.4: the signer's own key and signature; null for the platform's record of the computation. */
      scheme: Type.Union([Type.Literal('ed25519'), Type.Literal('sm2'), Type.Null()]),
      publicKey: Type.Union([Type.String(), Type.Null()]),
      signature: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  replacementSummary: Type.Object({
    count: Type.Integer(),
    reasons: Type.Array(Type.Object({ category: Type.String(), count: Type.Integer() })),
  }),
});

export const WitnessCodeBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }) });
