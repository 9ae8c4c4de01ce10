// The server names a refused record's problems by path (`rows[2].note`); those of a form field are shown
// at the field, the others (signatures, attachments …) as sentences without the path.

/** A form field's name as antd takes it. */
type NamePath = string | (string | number)[];

interface Problem {
  readonly field?: string;
  readonly message?: string;
}

const FORM_FIELDS: Record<string, NamePath> = {
  checkedOn: 'checkedOn',
  methods: 'methods',
  policeIdShown: 'policeIdShown',
  responsibleBadgeNumber: 'responsibleBadgeNumber',
  inspectors: 'present',
};

function formName(field: string): NamePath | undefined {
  const row = /^rows\[(\d+)\]\.(note|finding)$/.exec(field);
  if (row) return ['rows', Number(row[1]), row[2]!];
  return FORM_FIELDS[field];
}

export function placeProblems(details: unknown): {
  atFields: { name: NamePath; messages: string[] }[];
  elsewhere: string[];
} {
  const atFields = new Map<string, { name: NamePath; messages: string[] }>();
  const elsewhere: string[] = [];
  for (const p of Array.isArray(details) ? (details as Problem[]) : []) {
    const message = p.message ?? '';
    const name = p.field ? formName(p.field) : undefined;
    if (!name) {
      if (message) elsewhere.push(message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = atFields.get(key) ?? { name, messages: [] };
    entry.messages.push(message);
    atFields.set(key, entry);
  }
  return { atFields: [...atFields.values()], elsewhere };
}
