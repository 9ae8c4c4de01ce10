// The record form's values, their mapping to the API draft, and the copy kept on the phone (localStorage).
import type {
  ChecklistRowInput,
  InspectionMethod,
  InspectionRecord,
  RecordDraftInput,
} from '../../../../services/types.ts';

/** A signature slot: `inspector:<badge>`, `party` or `witness`. */
export interface SlotSignature {
  /** Set once the image is on the server. */
  readonly id: string | null;
  /** The image itself: kept until the server has it, so a dropped network loses nothing. */
  readonly dataUrl: string | null;
  readonly kind: 'drawn' | 'seal-photo';
}

export type Signatures = Readonly<Record<string, SlotSignature>>;

export interface RecordFormValues {
  readonly checkedOn: string;
  readonly methods: InspectionMethod[];
  readonly policeIdShown: boolean;
  readonly present: string[];
  readonly responsibleBadgeNumber?: string;
  readonly rows: ChecklistRowInput[];
  readonly partyKind: 'signed' | 'refused';
  readonly signerName: string;
  readonly refusalReason: string;
  readonly hasWitness: boolean;
  readonly witnessName: string;
}

export interface LocalDraft {
  readonly savedAt: string;
  /** false while the server has not got this state yet: reload restores it with the 本地草稿 banner. */
  readonly synced: boolean;
  readonly values: RecordFormValues;
  readonly signatures: Signatures;
}

const storageKey = (id: string) => `shuangsui.inspection-draft.${id}`;

export function readLocalDraft(id: string): LocalDraft | null {
  try {
    const text = localStorage.getItem(storageKey(id));
    return text ? (JSON.parse(text) as LocalDraft) : null;
  } catch {
    return null;
  }
}

/** Returns false when the phone refused to store it (full or private mode). */
export function writeLocalDraft(id: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(storageKey(id), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(id: string): void {
  try {
    localStorage.removeItem(storageKey(id));
  } catch {
    // Nothing to clear where storage is refused.
  }
}

export const inspectorSlot = (badge: string) => `inspector:${badge}`;

export function valuesOf(record: InspectionRecord, today: string): RecordFormValues {
  const party = record.party;
  return {
    checkedOn: record.checkedOn ?? today,
    methods: [...record.methods],
    policeIdShown: record.policeIdShown,
    present: record.inspectors.map((i) => i.badgeNumber),
    responsibleBadgeNumber: record.responsibleBadgeNumber ?? undefined,
    // One row per published check content, in the checklist's order.
    rows: record.checklist.map(
      (c) =>
        record.rows.find((r) => r.checklistCode === c.code) ?? {
          checklistCode: c.code,
          finding: 'compliant',
          note: '',
        },
    ),
    partyKind: party?.kind ?? 'signed',
    signerName: party?.kind === 'signed' ? party.signerName : '',
    refusalReason: party?.kind === 'refused' ? party.reason : '',
    hasWitness: party?.kind === 'refused' && party.witness !== null,
    witnessName: party?.kind === 'refused' ? (party.witness?.name ?? '') : '',
  };
}

export function signaturesOf(record: InspectionRecord): Signatures {
  const slots: Record<string, SlotSignature> = {};
  for (const i of record.inspectors)
    if (i.signature)
      slots[inspectorSlot(i.badgeNumber)] = { id: i.signature.id, dataUrl: null, kind: 'drawn' };
  const party = record.party;
  if (party?.kind === 'signed' && party.signature)
    slots['party'] = { id: party.signature.id, dataUrl: null, kind: party.signature.kind };
  if (party?.kind === 'refused' && party.witness?.signature)
    slots['witness'] = { id: party.witness.signature.id, dataUrl: null, kind: 'drawn' };
  return slots;
}

/** The draft as the API takes it; a party confirmation is only sent once it is complete in shape. */
export function draftOf(values: RecordFormValues, signatures: Signatures): RecordDraftInput {
  const id = (slot: string) => signatures[slot]?.id ?? null;
  const partyId = id('party');
  const witnessId = id('witness');
  const party: RecordDraftInput['party'] =
    values.partyKind === 'refused'
      ? {
          kind: 'refused',
          reason: values.refusalReason,
          witness:
            values.hasWitness && witnessId ? { name: values.witnessName, signatureId: witnessId } : null,
        }
      : partyId
        ? { kind: 'signed', signerName: values.signerName, signatureId: partyId }
        : null;
  return {
    checkedOn: values.checkedOn || null,
    methods: values.methods,
    policeIdShown: values.policeIdShown,
    inspectors: values.present.map((badge) => ({
      badgeNumber: badge,
      signatureId: id(inspectorSlot(badge)),
    })),
    responsibleBadgeNumber: values.responsibleBadgeNumber ?? null,
    rows: values.rows,
    party,
  };
}
