/**
 * What every client call returns: a value, never an exception for an HTTP error.
 * `ok: false, kind: "http"` carries the status and the API's own error body (typed from the
 * spec); `kind: "network"` is a request that got no answer at all (refused, reset, aborted).
 */
export type ApiResult<T, E> = ApiSuccess<T> | ApiHttpError<E> | ApiNetworkError;

export interface ApiSuccess<T> {
  ok: true;
  status: number;
  data: T;
  headers: Headers;
}

export interface ApiHttpError<E> {
  ok: false;
  kind: "http";
  status: number;
  /** The API's error body as sent: JSON parsed, other media types as text. */
  error: E;
  headers: Headers;
}

export interface ApiNetworkError {
  ok: false;
  kind: "network";
  status: 0;
  error: Error;
}

/** What an openapi-fetch call resolves to, and its success and error parts. */
type FetchOutcome = { data?: unknown; error?: unknown; response: Response };
type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;
type ErrorOf<R> = R extends { error: infer E; data?: never } ? E : never;

/** Turn an openapi-fetch call into an ApiResult (network failures included). */
export async function toResult<R extends FetchOutcome>(call: Promise<R>): Promise<ApiResult<DataOf<R>, ErrorOf<R>>> {
  try {
    const outcome = await call;
    const { response } = outcome;
    if (outcome.error !== undefined || !response.ok) {
      return { ok: false, kind: "http", status: response.status, error: outcome.error as ErrorOf<R>, headers: response.headers };
    }
    return { ok: true, status: response.status, data: outcome.data as DataOf<R>, headers: response.headers };
  } catch (error) {
    return { ok: false, kind: "network", status: 0, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
