/** Requests to the shared plan's server, with its refusals and an unreachable server in words. */

/** A server's refusal or an unreachable server, in words. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** The server's whole answer, for a refusal that says more than its message. */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

let token: () => Promise<string | null> = () => Promise.resolve(null);
let onSignedOut: () => void = () => undefined;

/** Where requests find the signed-in person's access token, and who hears when it is refused. */
export function setTokenSource(source: () => Promise<string | null>, signedOut: () => void): void {
  token = source;
  onSignedOut = signedOut;
}

export async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    const bearer = await token();
    response = await fetch(path, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...init?.headers,
      },
    });
  } catch {
    throw new SyncError(
      'The shared plan’s server cannot be reached. Your changes are kept here and will be sent when it can.',
      null,
    );
  }
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (response.status === 401) onSignedOut();
  if (!response.ok) {
    throw new SyncError(
      body?.error ?? `The server answered ${response.status}.`,
      response.status,
      body,
    );
  }
  return body as T;
}
