import { SaxesParser } from 'saxes';
import { SpreadsheetError } from './spreadsheet-error.ts';
import type { Relationship, WorkbookSheet } from './xlsx-parts.ts';
import { isDateFormat, BUILTIN_DATE_FORMATS } from './xlsx-cell-text.ts';

/** An element's name without its namespace prefix: .NET's Open XML SDK writes `<x:row>`. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Reads one XML part of the archive through a SAX parser (no DTD, no entity expansion: a `<!ENTITY>`
 * is never followed), by local names. Yields after each chunk so that a caller can hand on what the
 * chunk produced; a UTF-8 character split between two chunks is decoded whole.
 */
export async function* parseXml(
  chunks: AsyncIterable<Buffer | string>,
  handlers: XmlHandlers,
): AsyncGenerator<void, void, undefined> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Attributes));
  if (handlers.text) {
    const text = (t: string) => handlers.text!(t);
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
}

async function readXml(chunks: AsyncIterable<Buffer | string>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of parseXml(chunks, handlers)) void _;
}

/** An attribute by local name: `r:id` however its prefix is spelled. */
function prefixed(attributes: Attributes, name: string): string | undefined {
  const key = Object.keys(attributes).find((k) => k.includes(':') && localName(k) === name);
  return key === undefined ? undefined : attributes[key];
}

/** The relationships of a `.rels` part. */
export async function readRelationships(chunks: AsyncIterable<Buffer | string>): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  await readXml(chunks, {
    open(name, a) {
      if (name === 'Relationship' && a.Id)
        rels.push({ Id: a.Id, Type: a.Type, Target: a.Target, TargetMode: a.TargetMode });
    },
  });
  return rels;
}

export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  /** Serial dates count from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  readonly date1904: boolean;
}

/** The sheets of xl/workbook.xml in tab order, and its date system. */
export async function readWorkbook(chunks: AsyncIterable<Buffer | string>): Promise<Workbook> {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  await readXml(chunks, {
    open(name, a) {
      if (name === 'sheet') sheets.push({ rId: prefixed(a, 'id') ?? '', state: a.state });
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  return { sheets, date1904 };
}

/**
 * Shared strings are held in memory while the sheet streams; a million-row directory with unique names and
 * addresses has about 200 million characters of them. Past this a file is refused rather than let grow
 * until the process runs out of memory (a small zip can inflate to gigabytes of text).
 */
export const MAX_SHARED_TEXT = 400_000_000;

/** The text of each `<si>` of xl/sharedStrings.xml: its runs joined, phonetic guides (`<rPh>`) left out. */
export async function readSharedStrings(
  chunks: AsyncIterable<Buffer | string>,
  limit = MAX_SHARED_TEXT,
): Promise<string[]> {
  const strings: string[] = [];
  let total = 0;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await readXml(chunks, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    text(text) {
      if (inText && phonetic === 0 && current !== null) current += text;
    },
    close(name) {
      if (name === 'si') {
        total += current?.length ?? 0;
        if (total > limit)
          throw new SpreadsheetError(
            'bad-xlsx',
            `XLSX 文件中的文字超过 ${limit / 1e8} 亿字，无法一次导入；请拆分为多个文件后再导入`,
          );
        strings.push(current ?? '');
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
  });
  return strings;
}

/** For each cell format (`<cellXfs>`) of xl/styles.xml, whether it shows a date or time. */
export async function readDateStyles(chunks: AsyncIterable<Buffer | string>): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await readXml(chunks, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) =>
    custom.has(id) ? isDateFormat(custom.get(id)) : BUILTIN_DATE_FORMATS.has(id),
  );
}
