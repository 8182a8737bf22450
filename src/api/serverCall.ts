/** Requests to the shared plan's server, with its refusals and an unreachable server in words. */

/** A server's refusal or an unreachable server, in words. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...init?.headers },
    });
  } catch {
    throw new SyncError(
      'The shared plan’s server cannot be reached. Your changes are kept here and will be sent when it can.',
      null,
    );
  }
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok) {
    throw new SyncError(body?.error ?? `The server answered ${response.status}.`, response.status);
  }
  return body as T;
}
