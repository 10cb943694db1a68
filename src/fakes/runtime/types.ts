/** The shapes a fake is written against: a definition per API, run by create-fake-server. */
import type { ApiId } from "../../spec/apis.js";
import type { Credentials } from "../../spec/credentials.js";
import type { OperationInfo } from "../../spec/index-operations.js";
import type { Finding } from "../../validate/finding.js";

export interface FakeRequest {
  operationId: string;
  operation: OperationInfo;
  method: string;
  /** Path as received (not decoded). */
  path: string;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** Query values: a string, or a list when the name repeats. */
  query: Record<string, string | string[]>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, raw text for other media types, undefined when empty. */
  body: unknown;
  contentType: string | undefined;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to application/json when there is a body. */
  contentType?: string;
}

export interface HandlerContext<S> {
  state: S;
  credentials: Credentials;
  /** Epoch milliseconds on the fake's clock. */
  now(): number;
  /** Schedule lifecycle work `steps` clock steps from now. */
  after(steps: number, job: () => void): void;
  /** The origin the client used (scheme://host:port), for absolute URLs in replies. */
  origin: string;
  /** A reply in the API's own error format. */
  error(status: number, message: string, extra?: Record<string, unknown>): FakeReply;
  /** The spec's first documented example for this operation (for operations without state). */
  example(operationId: string, status?: number, name?: string): FakeReply;
}

export type Handler<S> = (request: FakeRequest, context: HandlerContext<S>) => FakeReply;

export type ProviderStateHandler<S> = (context: HandlerContext<S>, params: Record<string, unknown>) => void;

export interface FakeDefinition<S> {
  id: ApiId;
  /** Fresh state, e.g. seeded resources. Called at start and on reset. */
  createState(credentials: Credentials, context: Omit<HandlerContext<S>, "state">): S;
  /** undefined when the request may proceed; otherwise the API's 401/403 reply. */
  authenticate(request: FakeRequest, context: HandlerContext<S>): FakeReply | undefined;
  /** The API's own error body for a status and message. */
  errorBody(status: number, message: string, extra?: Record<string, unknown>): unknown;
  /** Content type of replies (default application/json). */
  contentType?: string;
  /**
   * Operations whose JSON-typed body is handed over as text, unparsed (a server that stores the
   * raw body, e.g. a jinja2 template sent as application/json, accepts text that is not JSON).
   */
  rawBodyOperations?: readonly string[];
  /** Reply for a request that breaks the spec (default: 400 with the first finding). */
  invalidRequest?(findings: Finding[], request: FakeRequest, context: HandlerContext<S>): FakeReply;
  /** One handler per operationId with state semantics; others answer from spec examples. */
  handlers: Partial<Record<string, Handler<S>>>;
  /** Pact provider states, keyed by the exact given() text. */
  providerStates?: Record<string, ProviderStateHandler<S>>;
}
