// Free text (opinions, reasons) on its way to the public: long digit runs are ID, phone or
// account numbers far more often than anything a reader needs, so they are masked whatever they are.

// A run of 11 or more digits (half- or full-width), an ID number's X included, however it is glued to
// its text — also when written in groups with a space, dash or dot between them (138 1234 5678).
const LONG_NUMBER = /[0-9０-９](?:[ \u3000.．\-－]?[0-9０-９Xx]){10,}/g;
const DIGIT = /[0-9０-９Xx]/;

function maskRun(run: string): string {
  const chars = [...run];
  const digits = chars.filter((c) => DIGIT.test(c)).length;
  const head = digits === 18 ? 4 : 3;
  let k = -1;
  return chars
    .map((c) => {
      if (!DIGIT.test(c)) return c;
      k += 1;
      return k < head || k >= digits - 4 ? c : '*';
    })
    .join('');
}

/** 身份证150802199001011238 → 身份证1508**********1238; 13812345678 → 138****5678; 138-1234-5678 → 138-****-5678. */
export function maskFreeText(text: string): string {
  return text.replace(LONG_NUMBER, maskRun);
}

/** Free text that looks like it carries an ID, phone or account number. */
export function mentionsPersonalData(text: string): boolean {
  return new RegExp(LONG_NUMBER.source).test(text);
}
