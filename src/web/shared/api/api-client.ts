import type { z } from "zod";
import type { ErrorCode, FieldError as FieldErrorSchema } from "../../../contracts/errors";

export type FieldError = z.infer<typeof FieldErrorSchema>;

/** `network` is the client's own code for a request that never got an answer. */
export type ApiErrorCode = ErrorCode | "network";

/** A failed API call, carrying the server's localised message and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];

  constructor(status: number, code: ApiErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const API_BASE = "/api/v1";

let acceptLanguage = "en";

/** The server localises its error messages with this language when no user locale is stored. */
export function setApiLanguage(locale: string): void {
  acceptLanguage = locale;
}

let csrfToken: Promise<string> | null = null;

/** Fetches a fresh CSRF token; call it at start-up and whenever the session changes. */
export function refreshCsrfToken(): Promise<string> {
  const pending = request<{ token: string }>("GET", "/auth/csrf").then((body) => body.token);
  csrfToken = pending;
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = null;
  });
  return pending;
}

function getCsrfToken(): Promise<string> {
  return csrfToken ?? refreshCsrfToken();
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
  isRetry = false,
): Promise<T> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    Accept: "application/json",
    "Accept-Language": acceptLanguage,
  };
  // A FormData body goes as it is: the browser writes its multipart Content-Type and boundary.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = await getCsrfToken();

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "");
  }

  if (!response.ok) {
    const error = await readError(response);
    // A token can go stale (server restart, new session); fetch a new one and try once more.
    if (error.code === "csrf_invalid" && !isRetry) {
      await refreshCsrfToken();
      return request<T>(method, path, body, extraHeaders, true);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function readError(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  if (isErrorPayload(payload)) {
    const { code, message, fields } = payload.error;
    return new ApiError(response.status, code, message, fields ?? []);
  }
  return new ApiError(response.status, response.status >= 500 ? "internal" : "bad_request", "");
}

function isErrorPayload(
  payload: unknown,
): payload is { error: { code: ErrorCode; message: string; fields?: FieldError[] } } {
  if (typeof payload !== "object" || payload === null || !("error" in payload)) return false;
  const error = payload.error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  // Mutations always send a JSON body so that routes with a body schema accept them.
  post: <T>(path: string, body: unknown = {}, headers?: Record<string, string>) =>
    request<T>("POST", path, body, headers),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
  /** Sends files as multipart/form-data, with the CSRF token like every other write. */
  upload: <T>(path: string, form: FormData) => request<T>("POST", path, form),
};

/** Builds a query string, leaving out empty values. */
export function toQueryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The most a list answers per page (the server's documented maximum). */
const MAX_PAGE_SIZE = 200;

/**
 * Every item of a paged list, following `nextCursor` page after page, for screens that show a
 * whole list (an engagement's invoices, a brief's proposals).
 */
export async function getAllPages<K extends string, T>(
  path: string,
  key: K,
): Promise<Record<K, T[]>> {
  const items: T[] = [];
  let cursor: string | null = null;
  const separator = path.includes("?") ? "&" : "?";
  do {
    const query: string = toQueryString({ limit: MAX_PAGE_SIZE, cursor }).slice(1);
    const page: Record<K, T[]> & { nextCursor: string | null } = await api.get(
      `${path}${separator}${query}`,
    );
    items.push(...page[key]);
    cursor = page.nextCursor;
  } while (cursor);
  return { [key]: items } as Record<K, T[]>;
}
