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

/** 201 + Location; registering an existing version again updates its description and logo. */
export const registerProduct: Handler<BigdataState> = (request, context) => {
  const body = request.body as Registration;
  const key = productKey(body.name, body.version);
  const existing = context.state.products.get(key);
  if (existing) {
    existing.description = body.description;
    existing.logoUrl = body.logo_url;
  } else {
    context.state.products.set(key, { name: body.name, version: body.version, description: body.description, logoUrl: body.logo_url });
  }
  const location = `${context.origin}${API_BASE}/products/${encodeURIComponent(body.name)}/${encodeURIComponent(body.version)}`;
  return { status: 201, headers: { location } };
};

export const listProducts: Handler<BigdataState> = (_request, context) => {
  const names = new Set([...context.state.products.values()].map((p) => p.name));
  return { status: 200, body: { products: [...names] } };
};

/** Open route. The real code fails (500) for a name never registered; the fake answers 404. */
export const listProductVersions: Handler<BigdataState> = (request, context) => {
  const name = request.params.name ?? "";
  const versions = [...context.state.products.values()].filter((p) => p.name === name).map((p) => p.version);
  if (versions.length === 0) return replyKeyNotFound(context, `products/${name}`);
  return { status: 200, body: { versions } };
};

/** An unknown version answers 200 with null fields, as the real server does. */
export const getProduct: Handler<BigdataState> = (request, context) => {
  const product = findProduct(context.state, request.params);
  if (!product) return { status: 200, body: { dn: null, name: null, version: null, description: null, logo_url: null } };
  return { status: 200, body: describeProduct(product) };
};

export function describeProduct(product: Product) {
  return {
    dn: productKey(product.name, product.version),
    name: product.name,
    version: product.version,
    description: product.description,
    logo_url: product.logoUrl,
  };
}

export function findProduct(state: BigdataState, params: Record<string, string>): Product | undefined {
  return state.products.get(productKey(params.name ?? "", params.version ?? ""));
}
