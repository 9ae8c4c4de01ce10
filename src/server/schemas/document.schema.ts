import { Type } from 'typebox';

/** Which drawn entity a notice is for: its public number (credit code) as the draw result names it. */
export const NoticeQuery = Type.Object({
  entity: Type.String({ minLength: 1, maxLength: 64, description: '检查对象的统一社会信用代码（公开编号）' }),
});
