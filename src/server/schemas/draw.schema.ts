import { Type } from 'typebox';

const Hex64 = Type.String({ pattern: '^[0-9a-f]{64}$' });

export const AnnounceBody = Type.Object({
  // New draws are RDRAW-2 (DRAW.md §9); RDRAW-1 bundles stay verifiable but are no longer drawn.
  suite: Type.Optional(Type.Union([Type.Literal('RDRAW-2-SHA256'), Type.Literal('RDRAW-2-SM3')])),
  supervisorUserId: Type.String({ format: 'uuid' }),
  witnesses: Type.Array(
    Type.Object({
      kind: Type.Union([
        Type.Literal('media'),
        Type.Literal('special-supervisor'),
        Type.Literal('entity-representative'),
        Type.Literal('other'),
      ]),
      name: Type.String({ minLength: 1, maxLength: 100 }),
      userId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    }),
    { maxItems: 20 },
  ),
});

export const CommitBody = Type.Object({
  witness: Type.String({ minLength: 1, maxLength: 64 }),
  commit: Hex64,
});
export const RevealBody = Type.Object({
  witness: Type.String({ minLength: 1, maxLength: 64 }),
  nonce: Type.String({ pattern: '^[0-9a-f]{32,512}$' }),
});
/** Issue 10.4: the signer's own key (Ed25519 raw 32 bytes, or SM2 04‖x‖y) and its signature over `RDRAW-SIG-1\n` + the digest. */
const SignerKey = {
  scheme: Type.Optional(Type.Union([Type.Literal('ed25519'), Type.Literal('sm2')])),
  publicKey: Type.String({
    pattern: '^[0-9a-f]{64}$|^04[0-9a-f]{128}$',
    description: '签名人本人的公钥（十六进制）',
  }),
};
const Signed = {
  ...SignerKey,
  signature: Type.String({
    pattern: '^([0-9a-f]{2}){64,80}$',
    description: '对 RDRAW-SIG-1\\n+声明摘要的签名（十六进制）',
  }),
};

export const SignBody = Type.Object({
  role: Type.Union([Type.Literal('drawer'), Type.Literal('supervisor'), Type.Literal('witness')]),
  witness: Type.Optional(Type.String({ maxLength: 64 })),
  statementDigest: Hex64,
  ...Signed,
});
export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) });
export const AbortBody = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
  /** After a reveal: the witness (W1 …) who did not reveal by the deadline; the supervisor confirms. */
  missingWitness: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
});
export const NoteBody = Type.Object({ note: Type.String({ maxLength: 2000 }) });

export const DrawIdParams = Type.Object({ drawId: Type.String({ minLength: 1, maxLength: 255 }) });

export const WitnessBody = Type.Union([
  Type.Object({ code: Type.String({ maxLength: 32 }), action: Type.Literal('status') }),
  Type.Object({
    code: Type.String({ maxLength: 32 }),
    action: Type.Literal('commit'),
    commit: Hex64,
    scheme: SignerKey.scheme,
    // Required by the service (a named error), so a client that forgot it learns why.
    publicKey: Type.Optional(SignerKey.publicKey),
  }),
  Type.Object({
    code: Type.String({ maxLength: 32 }),
    action: Type.Literal('reveal'),
    nonce: Type.String({ pattern: '^[0-9a-f]{32,512}$' }),
  }),
  Type.Object({
    code: Type.String({ maxLength: 32 }),
    action: Type.Literal('sign'),
    statementDigest: Hex64,
    ...Signed,
  }),
]);

export const ApplicationBody = Type.Object({
  kind: Type.Union([Type.Literal('entity'), Type.Literal('inspector')]),
  out: Type.String({ minLength: 1, maxLength: 255 }),
  entity: Type.Optional(Type.String({ maxLength: 255 })),
  pool: Type.Optional(Type.String({ maxLength: 255 })),
  reason: Type.String({ minLength: 1, maxLength: 4000 }),
  evidence: Type.Array(
    Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 200 }), contentBase64: Type.String() }),
    { maxItems: 5 },
  ),
});

export const EvidenceParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  index: Type.Integer({ minimum: 0, maximum: 10 }),
});

export const DrawListQuery = Type.Object({
  status: Type.Optional(
    Type.Union([
      Type.Literal('announced'),
      Type.Literal('revealing'),
      Type.Literal('revealed'),
      Type.Literal('computed'),
      Type.Literal('confirmed'),
      Type.Literal('aborted'),
    ]),
  ),
  taskId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const ApplicationListQuery = Type.Object({
  status: Type.Optional(
    Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
  ),
  unitId: Type.Optional(Type.String({ format: 'uuid', description: '抽查任务单位为该单位或其下级单位' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: '申请提出的年度' })),
});
