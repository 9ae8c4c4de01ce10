// Converts between the contract's ItemInput and the values of the (mutable, partly empty) antd form.
import type { InspectionMethod, ItemCategory, ItemInput, ItemVersion } from '../../../services/types.ts';

export interface ItemFormValues {
  code: string;
  unitId: string;
  name: string;
  category: ItemCategory;
  legalBasis: { law: string; article: string }[];
  objectType: string;
  needsEntityDirectory: boolean;
  ratioPercent: number;
  roundsPerYear: number;
  methods: InspectionMethod[];
  checklist: { code: string; text: string }[];
  procedure: string;
  higherRule?: string;
}

/** Defaults of a new item: minimums (2 %, 2 rounds a year), on-site inspection. */
export function emptyItemValues(unitId?: string): Partial<ItemFormValues> {
  return {
    unitId,
    category: 'general',
    legalBasis: [{ law: '', article: '' }],
    needsEntityDirectory: true,
    ratioPercent: 2,
    roundsPerYear: 2,
    methods: ['on-site'],
    checklist: [{ code: '01', text: '' }],
    procedure: '',
  };
}

export function valuesOfVersion(version: ItemVersion): ItemFormValues {
  return {
    code: version.code,
    unitId: version.unitId,
    name: version.name,
    category: version.category,
    legalBasis: version.legalBasis.map((basis) => ({ ...basis })),
    objectType: version.objectType,
    needsEntityDirectory: version.needsEntityDirectory,
    ratioPercent: version.ratioPercent,
    roundsPerYear: version.roundsPerYear,
    methods: [...version.methods],
    checklist: version.checklist.map((entry) => ({ ...entry })),
    procedure: version.procedure,
    higherRule: version.higherRule ?? undefined,
  };
}

const trim = (value: string | undefined): string => (value ?? '').trim();

/** Blank rows of the dynamic lists are dropped, so an empty legal basis really is empty. */
export function inputOfValues(values: ItemFormValues): ItemInput {
  return {
    code: trim(values.code),
    unitId: values.unitId,
    name: trim(values.name),
    category: values.category,
    legalBasis: (values.legalBasis ?? [])
      .map((basis) => ({ law: trim(basis?.law), article: trim(basis?.article) }))
      .filter((basis) => basis.law || basis.article),
    objectType: trim(values.objectType),
    needsEntityDirectory: values.needsEntityDirectory,
    ratioPercent: values.ratioPercent,
    roundsPerYear: values.roundsPerYear,
    methods: values.methods ?? [],
    checklist: (values.checklist ?? [])
      .map((entry) => ({ code: trim(entry?.code), text: trim(entry?.text) }))
      .filter((entry) => entry.code || entry.text),
    procedure: trim(values.procedure),
    higherRule: trim(values.higherRule) || null,
  };
}
