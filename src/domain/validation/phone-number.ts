// A contact phone (联系电话): a mainland mobile (1[3-9] and 9 digits) or a fixed line with its area code.
export type PhoneResult =
  | { readonly ok: true; readonly phone: string }
  | { readonly ok: false; readonly code: 'phone-invalid'; readonly message: string };

const MOBILE = /^1[3-9]\d{9}$/;
// 0 + 2–3 digit area code, 7–8 digit number, an optional extension.
const FIXED = /^(0\d{2,3})-?([2-9]\d{6,7})(?:(?:-|转)(\d{1,6}))?$/;

/**
 * The phone in one form, so that the keyed hash finds it however it was typed: full-width digits,
 * spaces, dots, brackets, +86 and Excel's text guards (="…", a leading ') removed; a fixed line as
 * 区号-号码[-分机].
 */
export function normalisePhone(raw: string): string {
  const s = raw
    .trim()
    .replace(/^[=＝]["＂](.*)["＂]$/, '$1')
    .replace(/^['＇]/, '')
    .replace(/[\uff10-\uff19\uff08\uff09\uff0b\uff0d]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s.()（）]/g, '')
    .replace(/^(\+|00)?86-?(?=1|0)/, '');
  if (MOBILE.test(s.replace(/-/g, ''))) return s.replace(/-/g, '');
  const fixed = FIXED.exec(s);
  return fixed ? `${fixed[1]}-${fixed[2]}${fixed[3] ? `-${fixed[3]}` : ''}` : s;
}

export function validatePhone(raw: string): PhoneResult {
  const phone = normalisePhone(raw);
  if (MOBILE.test(phone) || FIXED.test(phone)) return { ok: true, phone };
  return {
    ok: false,
    code: 'phone-invalid',
    // The number is not repeated: rejections are stored and shown, and a near-miss is still personal data.
    message: '联系电话无效：应为 11 位手机号（如 13812345678）或带区号的固定电话（如 0478-8123456）',
  };
}
