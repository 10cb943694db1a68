/** One Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) configured for OpenAPI documents. */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/**
 * `x-known-values`: an open enum for a response value domain no source documents. A value
 * outside the list fails with keyword "x-known-values"; `findingsFromAjv` makes that finding a
 * warning, which no consumer counts as a failure.
 */
export const KNOWN_VALUES_KEYWORD = "x-known-values";

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: true,
    discriminator: false,
    unicodeRegExp: false,
    // Without Ajv's optimisation pass a spec's validators compile in about a quarter less time
    // (all four specs: 575 -> 435 ms); a run validates a few hundred answers, so the compile
    // costs more than the slightly slower code. Results are the same.
    code: { optimize: false },
  });
  addFormats(ajv);
  // OpenAPI's own formats.
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat("binary", () => true);
  ajv.addFormat("password", () => true);
  // OpenAPI annotations Ajv does not know.
  for (const keyword of ["example", "xml", "externalDocs", "discriminator"]) ajv.addKeyword(keyword);
  ajv.addKeyword({
    keyword: KNOWN_VALUES_KEYWORD,
    schemaType: "array",
    errors: true,
    validate: function knownValues(schema: unknown[], data: unknown): boolean {
      if (schema.some((known) => known === data)) return true;
      (knownValues as { errors?: unknown[] }).errors = [{
        keyword: KNOWN_VALUES_KEYWORD,
        message: `value ${JSON.stringify(data)} is not among the known values ${JSON.stringify(schema)}`,
        params: { knownValues: schema },
      }];
      return false;
    },
  });
  return ajv;
}
