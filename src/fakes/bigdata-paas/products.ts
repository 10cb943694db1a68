/** Product registration and reads: POST/GET /products, GET /products/{name}[/{version}]. */
import type { Handler } from "../runtime/types.js";
import { API_BASE, productKey, type BigdataState, type Product } from "./model.js";
import { replyKeyNotFound } from "./errors.js";

interface Registration {
  name: string;
  version: string;
  description: string;
  logo_url: string;
}

/**
 * 201 + Location. registry.register writes all eight keys of the version, so registering an
 * existing version again empties its template, orchestrator and options, as a new one starts:
 * template '' (json+jinja2), orchestrator '', options '' (not JSON, so unusable until a PUT).
 */
export const registerProduct: Handler<BigdataState> = (request, context) => {
  const body = request.body as Registration;
  context.state.products.set(productKey(body.name, body.version), {
    name: body.name,
    version: body.version,
    description: body.description,
    logoUrl: body.logo_url,
    template: { text: "", type: "json+jinja2" },
    orchestrator: "",
  });
  const location = `${context.origin}${API_BASE}/products/${encodeURIComponent(body.name)}/${encodeURIComponent(body.version)}`;
  return { status: 201, headers: { location } };
};

export const listProducts: Handler<BigdataState> = (_request, context) => {
  const names = new Set([...context.state.products.values()].map((p) => p.name));
  return { status: 200, body: { products: [...names] } };
};

/**
 * Open route. For a name never registered registry.query_products returns None and the
 * handler's loop raises TypeError (500); the fake answers 404 instead (house rule: no 5xx
 * for a client mistake).
 */
export const listProductVersions: Handler<BigdataState> = (request, context) => {
  const name = request.params.name ?? "";
  const versions = [...context.state.products.values()].filter((p) => p.name === name).map((p) => p.version);
  if (versions.length === 0) return replyKeyNotFound(context, `products/${name}`);
  return { status: 200, body: { versions } };
};

/**
 * An unknown version answers 200, as registry Proxy.to_dict does: dn and name come from the
 * key itself, the stored fields read as null (Proxy.get default).
 */
export const getProduct: Handler<BigdataState> = (request, context) => {
  const product = findProduct(context.state, request.params);
  if (!product) {
    const name = request.params.name ?? "";
    return { status: 200, body: { dn: productKey(name, request.params.version ?? ""), name, version: null, description: null, logo_url: null } };
  }
  return { status: 200, body: describeProduct(product) };
};

export function describeProduct(product: Product) {
  return {
    dn: productKey(product.name, product.version),
    name: product.name,
    // A version only document PUTs created has no version, description or logo_url keys.
    version: product.description === null ? null : product.version,
    description: product.description,
    logo_url: product.logoUrl,
  };
}

export function findProduct(state: BigdataState, params: Record<string, string>): Product | undefined {
  return state.products.get(productKey(params.name ?? "", params.version ?? ""));
}
