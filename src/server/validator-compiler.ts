import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import type { FormatsPlugin } from 'ajv-formats';

// Fastify's own defaults; allErrors stays off (a body crafted to fail every rule costs one error).
const BASE: Options = {
  useDefaults: true,
  removeAdditional: true,
  addUsedSchema: false,
  allErrors: false,
  // A query value of 1e400 coerces to Infinity, which the bounds let through to the database.
  strictNumbers: true,
};

// ajv-formats is CommonJS; its typings describe the ES default export that Node does not give.
const addFormats = createRequire(import.meta.url)('ajv-formats') as FormatsPlugin;

function ajv(options: Options): Ajv {
  const instance = new Ajv({ ...BASE, ...options });
  addFormats(instance);
  return instance;
}

/**
 * Fastify's `compilersFactory.buildValidator`: called per plugin scope with that scope's shared schemas.
 * Query strings and path parameters arrive as text, so they are coerced (`?page=2`); a JSON body is
 * typed already and is not: `{"name": true}` is refused, never stored as the text "true".
 */
export function validatorCompiler(
  shared: unknown = {},
): (route: { readonly schema?: unknown; readonly httpPart?: string }) => ValidateFunction {
  const coercing = ajv({ coerceTypes: 'array' });
  const strict = ajv({ coerceTypes: false });
  // The schemas added with app.addSchema, so that a route's $ref to one resolves.
  for (const schema of Object.values(shared as Record<string, object>)) {
    coercing.addSchema(schema);
    strict.addSchema(schema);
  }
  return ({ schema, httpPart }) => {
    const instance = httpPart === 'body' ? strict : coercing;
    const id = (schema as { $id?: unknown }).$id;
    // A schema with an $id compiles once per instance (Ajv refuses the id twice).
    const validate = (typeof id === 'string' && instance.getSchema(id)) || instance.compile(schema ?? {});
    return httpPart === 'body' ? validate : finiteAfterCoercion(validate);
  };
}

/**
 * Ajv coerces `?page=1e400` to Infinity and then skips `maximum` for a number that is not finite
 * (strictNumbers only guards values that were numbers already): such a value is refused here.
 */
function finiteAfterCoercion(validate: ValidateFunction): ValidateFunction {
  const checked = ((data: unknown) => {
    if (!validate(data)) {
      checked.errors = validate.errors;
      return false;
    }
    const key = Object.entries(data ?? {}).find(([, v]) => typeof v === 'number' && !Number.isFinite(v))?.[0];
    checked.errors =
      key === undefined ? null : [{ instancePath: `/${key}`, schemaPath: '', keyword: 'finite', params: {} }];
    return key === undefined;
  }) as ValidateFunction;
  return checked;
}
