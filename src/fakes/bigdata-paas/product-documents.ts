/**
 * A product version's documents: template, options, orchestrator and logo URL. Reads of a
 * document never stored, and any access to an unknown product version, are the registry's
 * KeyDoesNotExist: 404 "Key not found" naming the key.
 */
import type { FakeReply, Handler, HandlerContext } from "../runtime/types.js";
import { baseMediaType } from "../../validate/media-type.js";
import { productKey, type BigdataState, type OptionsDocument, type Product } from "./model.js";
import { findProduct } from "./products.js";
import { replyKeyNotFound } from "./errors.js";

type Document = "template" | "options" | "orchestrator" | "logo_url";

/** Run `use` on the addressed product, or answer 404 "Key not found". */
function withProduct(document: Document, use: (product: Product, context: HandlerContext<BigdataState>, body: unknown, contentType?: string) => FakeReply): Handler<BigdataState> {
  return (request, context) => {
    const product = findProduct(context.state, request.params);
    if (!product) return replyKeyNotFound(context, `${productKey(request.params.name ?? "", request.params.version ?? "")}/${document}`);
    return use(product, context, request.body, request.contentType);
  };
}

function missing(context: HandlerContext<BigdataState>, product: Product, document: Document): FakeReply {
  return replyKeyNotFound(context, `${productKey(product.name, product.version)}/${document}`);
}

const NO_CONTENT: FakeReply = { status: 204 };

export const getProductTemplate = withProduct("template", (product, context) =>
  product.template ? { status: 200, body: product.template.text } : missing(context, product, "template"));

/** application/json is stored as json+jinja2 (re-serialised: the runtime parsed it), application/yaml as yaml+jinja2 text. */
export const setProductTemplate = withProduct("template", (product, _context, body, contentType) => {
  const yaml = baseMediaType(contentType) === "application/yaml";
  product.template = yaml
    ? { text: String(body ?? ""), type: "yaml+jinja2" }
    : { text: typeof body === "string" ? body : JSON.stringify(body, null, 2), type: "json+jinja2" };
  return NO_CONTENT;
});

export const getProductOptions = withProduct("options", (product, context) =>
  product.options ? { status: 200, body: product.options } : missing(context, product, "options"));

export const setProductOptions = withProduct("options", (product, _context, body) => {
  product.options = structuredClone(body as OptionsDocument);
  return NO_CONTENT;
});

export const getProductOrchestrator = withProduct("orchestrator", (product, context) =>
  product.orchestrator !== undefined ? { status: 200, body: product.orchestrator } : missing(context, product, "orchestrator"));

/** The script is kept as text; a JSON body (the README's content type) is kept as its JSON text. */
export const setProductOrchestrator = withProduct("orchestrator", (product, _context, body) => {
  product.orchestrator = typeof body === "string" ? body : JSON.stringify(body);
  return NO_CONTENT;
});

export const getProductLogoUrl = withProduct("logo_url", (product) => ({ status: 200, body: product.logoUrl }));

export const setProductLogoUrl = withProduct("logo_url", (product, _context, body) => {
  product.logoUrl = (body as { logo_url: string }).logo_url;
  return NO_CONTENT;
});
