/**
 * A product version's documents: template, options, orchestrator and logo URL. The PUTs write
 * registry keys (registry Proxy.__setattr__ -> kv.set), so they also work on a version never
 * registered, which then exists with only that document. A read of a key never written raises
 * registry.KeyDoesNotExist, which no handler in errors.py catches (a 500 naming the key); the
 * fake answers 404 "Key not found" with the same message instead (house rule: no 5xx for a
 * client mistake).
 */
import type { FakeReply, Handler, HandlerContext } from "../runtime/types.js";
import { baseMediaType } from "../../validate/media-type.js";
import { productKey, type BigdataState, type OptionsDocument, type Product } from "./model.js";
import { findProduct } from "./products.js";
import { replyKeyNotFound } from "./errors.js";

type Document = "template" | "options" | "orchestrator" | "logo_url";

/** Read a document of the addressed product, or answer 404 "Key not found" for a key never written. */
function readDocument(document: Document, read: (product: Product) => FakeReply | undefined): Handler<BigdataState> {
  return (request, context) => {
    const product = findProduct(context.state, request.params);
    const reply = product ? read(product) : undefined;
    return reply ?? replyKeyNotFound(context, `${productKey(request.params.name ?? "", request.params.version ?? "")}/${document}`);
  };
}

/** Write a document of the addressed product, creating the version's entry when it has none. */
function writeDocument(write: (product: Product, body: unknown, contentType?: string) => void): Handler<BigdataState> {
  return (request, context) => {
    write(productFor(context, request.params), request.body, request.contentType);
    return NO_CONTENT;
  };
}

function productFor(context: HandlerContext<BigdataState>, params: Record<string, string>): Product {
  const existing = findProduct(context.state, params);
  if (existing) return existing;
  const created: Product = { name: params.name ?? "", version: params.version ?? "", description: null, logoUrl: null };
  context.state.products.set(productKey(created.name, created.version), created);
  return created;
}

const NO_CONTENT: FakeReply = { status: 204 };

/** jsonify(product.template): the stored text as one JSON string ("" for a version registered without one). */
export const getProductTemplate = readDocument("template", (product) =>
  product.template ? { status: 200, body: product.template.text } : undefined);

/** The raw text (the runtime leaves it unparsed): application/json is stored as json+jinja2, application/yaml as yaml+jinja2. */
export const setProductTemplate = writeDocument((product, body, contentType) => {
  const yaml = baseMediaType(contentType) === "application/yaml";
  product.template = yaml
    ? { text: String(body ?? ""), type: "yaml+jinja2" }
    : { text: typeof body === "string" ? body : JSON.stringify(body, null, 2), type: "json+jinja2" };
});

/** json.loads(product.options): the fake keeps only a document that parses (else a read is the 404 above). */
export const getProductOptions = readDocument("options", (product) =>
  product.options ? { status: 200, body: product.options } : undefined);

/** Stored as sent; a text body (register.sh uploads it without a JSON content type) is parsed as the server would later. */
export const setProductOptions = writeDocument((product, body) => {
  product.options = readOptions(body);
});

export const getProductOrchestrator = readDocument("orchestrator", (product) =>
  product.orchestrator !== undefined ? { status: 200, body: product.orchestrator } : undefined);

/** The script is kept as text; a JSON body (the README's content type) is kept as its JSON text. */
export const setProductOrchestrator = writeDocument((product, body) => {
  product.orchestrator = typeof body === "string" ? body : JSON.stringify(body);
});

export const getProductLogoUrl = readDocument("logo_url", (product) =>
  product.logoUrl !== null ? { status: 200, body: product.logoUrl } : undefined);

export const setProductLogoUrl = writeDocument((product, body) => {
  product.logoUrl = (body as { logo_url: string }).logo_url;
});

/**
 * definition.invalidRequest for the raw uploads: set_product_options and set_product_orchestrator
 * store request.get_data() whatever it is and its content type, so a body the spec would refuse
 * is stored too (204); options that do not parse are unusable later, as on the server.
 */
export const RAW_UPLOADS: Partial<Record<string, Handler<BigdataState>>> = {
  setProductOptions: writeDocument((product, body) => {
    product.options = readOptions(body);
  }),
  setProductOrchestrator: writeDocument((product, body) => {
    product.orchestrator = typeof body === "string" ? body : JSON.stringify(body ?? "");
  }),
};

/** An options document as json.loads + registry._merge can use it: the three option sections are objects. */
function readOptions(body: unknown): OptionsDocument | undefined {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  const doc = value as Partial<OptionsDocument> | null;
  const isSection = (section: unknown) => section !== null && typeof section === "object" && !Array.isArray(section);
  if (!doc || !isSection(doc.required) || !isSection(doc.optional) || !isSection(doc.advanced)) return undefined;
  return structuredClone({ descriptions: {}, ...doc } as OptionsDocument);
}
