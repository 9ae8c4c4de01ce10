// Bundles and public views as text, laid out as JSON.stringify(value, null, 2) lays them out, with one
// difference: an object read from an input keeps its members in the input's order (MEMBER_ORDER), where
// JavaScript would list members named like array indexes ("1", "150802") first. An independent
// implementation writes a plan's `rates` as given; the digests (JCS) never depended on it.
import { MEMBER_ORDER } from './strict-json.ts';

type Ordered = { [MEMBER_ORDER]?: readonly string[] };

const hasOrdered = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasOrdered);
  return (value as Ordered)[MEMBER_ORDER] !== undefined || Object.values(value).some(hasOrdered);
};

function render(value: unknown, indent: string): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  // Nothing below keeps an input's order: the native writer, re-indented (a JSON string holds no raw line break).
  if (!hasOrdered(value)) return JSON.stringify(value, null, 2)?.replace(/\n/g, `\n${indent}`);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + (render(v, inner) ?? 'null')).join(',\n')}\n${indent}]`;
  }
  const keys = (value as Ordered)[MEMBER_ORDER] ?? Object.keys(value);
  const members = keys.flatMap((key) => {
    const text = render((value as Record<string, unknown>)[key], inner);
    return text === undefined ? [] : [`${inner}${JSON.stringify(key)}: ${text}`];
  });
  return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${indent}}`;
}

/** The JSON text of a bundle or a view, two-space indented, without a final line break. */
export function jsonText(value: unknown): string {
  return render(value, '') ?? 'null';
}
