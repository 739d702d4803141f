// The single error envelope of SPEC §3: {"error": {code, message, details}, "requestId"}.

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: unknown };
  requestId: string;
}

export const notFound = (what = 'task'): ApiError => new ApiError(404, 'not_found', `${what} not found`);
