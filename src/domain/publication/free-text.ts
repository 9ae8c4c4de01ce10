// Free text (opinions, reasons) on its way to the public: long digit runs are ID, phone or
// account numbers far more often than anything a reader needs, so they are masked whatever they are.

// A run of 11 or more digits (half- or full-width), an ID number's X included, however it is glued to its text.
const LONG_NUMBER = /[0-9０-９][0-9０-９Xx]{10,}/g;

function maskRun(run: string): string {
  const chars = [...run];
  const head = chars.length === 18 ? 4 : 3;
  return chars.map((c, i) => (i < head || i >= chars.length - 4 ? c : '*')).join('');
}

/** 身份证150802199001011238 → 身份证1508**********1238; 13812345678 → 138****5678. */
export function maskFreeText(text: string): string {
  return text.replace(LONG_NUMBER, maskRun);
}

/** Free text that looks like it carries an ID, phone or account number. */
export function mentionsPersonalData(text: string): boolean {
  return new RegExp(LONG_NUMBER.source).test(text);
}
