// The part of unzipper 0.10 (exceljs' own zip reader) that xlsx-rows.ts uses: the central directory.
declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  export interface CentralDirectoryEntry {
    readonly path: string;
    readonly type: 'File' | 'Directory';
    stream(): Readable;
  }
  export interface CentralDirectory {
    readonly files: CentralDirectoryEntry[];
  }
  export interface Source {
    size(): Promise<number>;
    stream(offset: number, length?: number): Readable;
  }
  export const Open: { custom(source: Source): Promise<CentralDirectory> };
}
