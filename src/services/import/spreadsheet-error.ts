export type SpreadsheetErrorCode =
  'empty-file' | 'not-a-spreadsheet' | 'legacy-xls' | 'bad-encoding' | 'bad-csv' | 'bad-xlsx';

/** The whole file cannot be read; thrown from readSpreadsheet, message in Chinese for the officer. */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';

  constructor(
    readonly code: SpreadsheetErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}
