/** Index a spec's operations: id, method, path template, merged parameters, and a router. */
import type { OpenApiDocument } from "./load-spec.js";
import { deref, escapePointer } from "./resolve-ref.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ParameterInfo {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: any;
  /** JSON pointer of the parameter's schema inside the document. */
  schemaPointer: string;
  style?: string;
  explode?: boolean;
}

export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** JSON pointer of the operation object, e.g. "#/paths/~1v1~1clusters/get". */
  pointer: string;
  operation: any;
  parameters: ParameterInfo[];
  /** The security requirements in force (operation-level or root-level). */
  security: Array<Record<string, string[]>>;
  tags: string[];
}

export function indexOperations(document: OpenApiDocument): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [pathTemplate, rawItem] of Object.entries<any>(document.paths ?? {})) {
    const item = deref(document, rawItem);
    const itemPointer = `#/paths/${escapePointer(pathTemplate)}`;
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const pointer = `${itemPointer}/${method}`;
      operations.push({
        operationId: operation.operationId ?? `${method} ${pathTemplate}`,
        method,
        path: pathTemplate,
        pointer,
        operation,
        parameters: mergeParameters(document, item.parameters, operation.parameters, itemPointer, pointer),
        security: operation.security ?? document.security ?? [],
        tags: operation.tags ?? [],
      });
    }
  }
  return operations;
}

function mergeParameters(
  document: OpenApiDocument,
  itemParams: unknown[] | undefined,
  opParams: unknown[] | undefined,
  itemPointer: string,
  opPointer: string,
): ParameterInfo[] {
  const merged = new Map<string, ParameterInfo>();
  const add = (list: unknown[] | undefined, base: string) => {
    (list ?? []).forEach((raw: any, index) => {
      const param = deref(document, raw);
      const refTarget = typeof raw?.$ref === "string" ? raw.$ref : `${base}/parameters/${index}`;
      merged.set(`${param.in}:${param.name}`, {
        name: param.name,
        in: param.in,
        required: param.in === "path" ? true : Boolean(param.required),
        schema: param.schema ?? {},
        schemaPointer: `${refTarget}/schema`,
        style: param.style,
        explode: param.explode,
      });
    });
  };
  add(itemParams, itemPointer);
  add(opParams, opPointer);
  return [...merged.values()];
}

export interface RouteMatch {
  operation: OperationInfo;
  pathParams: Record<string, string>;
}

export interface Router {
  /** Match a method and a raw pathname; `allowed` lists methods when only the path matched. */
  match(method: string, pathname: string): { match?: RouteMatch; allowed: string[] };
}

/** Literal segments win over templated ones, as OpenAPI requires. */
export function createRouter(operations: OperationInfo[]): Router {
  const routes = operations.map((operation) => {
    const segments = operation.path.split("/").filter(Boolean);
    const literalCount = segments.filter((s) => !s.startsWith("{")).length;
    return { operation, segments, literalCount };
  });
  routes.sort((a, b) => b.literalCount - a.literalCount);
  return {
    match(method, pathname) {
      const parts = pathname.split("/").filter(Boolean);
      const allowed: string[] = [];
      for (const route of routes) {
        if (route.segments.length !== parts.length) continue;
        const params: Record<string, string> = {};
        let ok = true;
        for (let i = 0; i < parts.length && ok; i++) {
          const seg = route.segments[i]!;
          const part = parts[i]!;
          if (seg.startsWith("{") && seg.endsWith("}")) {
            let value: string;
            try {
              value = decodeURIComponent(part);
            } catch {
              ok = false;
              break;
            }
            params[seg.slice(1, -1)] = value;
          } else if (seg !== part) ok = false;
        }
        if (!ok) continue;
        if (route.operation.method === method.toLowerCase()) {
          return { match: { operation: route.operation, pathParams: params }, allowed };
        }
        allowed.push(route.operation.method.toUpperCase());
      }
      return { allowed };
    },
  };
}
