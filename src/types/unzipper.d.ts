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
  export const Open: { file(path: string): Promise<CentralDirectory> };
}
