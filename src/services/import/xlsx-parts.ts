import { posix } from 'node:path';

/** A relationship: the attributes of a `<Relationship>` of a `.rels` part. */
export interface Relationship {
  readonly Id: string;
  readonly Type?: string;
  readonly Target?: string;
  readonly TargetMode?: string;
}

/** A `<sheet>` of the workbook: its relationship id and visibility. */
export interface WorkbookSheet {
  readonly rId: string;
  readonly state?: string;
}

/**
 * The key a zip entry is found by: OPC part names are case-insensitive and start at the package root;
 * some Windows tools write `xl\worksheets\sheet1.xml`.
 */
export const partKey = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

/** The part a relationship points to, from the part that holds it (`''` for the package's own `_rels/.rels`). */
export function resolveTarget(source: string, target: string): string {
  const path = target.replace(/\\/g, '/');
  if (path.startsWith('/')) return posix.normalize(path).slice(1);
  return posix.normalize(posix.join(posix.dirname(`/${source}`), path)).slice(1);
}

/** Where the relationships of a part are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsOf = (part: string): string =>
  posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

// Transitional (…/officeDocument/2006/relationships/x) and Strict (…/ooxml/officeDocument/relationships/x).
const isType = (rel: Relationship, type: string) =>
  rel.TargetMode !== 'External' && (rel.Type ?? '').endsWith(`/${type}`);

/** The target of the first internal relationship of a type, resolved from its source part. */
export function partOfType(source: string, rels: readonly Relationship[], type: string): string | undefined {
  const rel = rels.find((r) => isType(r, type) && r.Target);
  return rel ? resolveTarget(source, rel.Target!) : undefined;
}

/**
 * The worksheet an officer sees first: the first sheet in the workbook's tab order that is a worksheet
 * (not a chart sheet) and not hidden; a workbook whose worksheets are all hidden gives its first one.
 */
export function firstWorksheet(
  workbook: string,
  sheets: readonly WorkbookSheet[],
  rels: readonly Relationship[],
): string | undefined {
  const worksheets = sheets.flatMap((sheet) => {
    const rel = rels.find((r) => r.Id === sheet.rId);
    return rel?.Target && isType(rel, 'worksheet')
      ? [{ sheet, path: resolveTarget(workbook, rel.Target) }]
      : [];
  });
  const visible = worksheets.find(({ sheet }) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden');
  return (visible ?? worksheets[0])?.path;
}
