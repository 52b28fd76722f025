/** A failed token request: `error` is the OAuth error code (invalid_client, invalid_scope, unauthorized_client…). */
export class TokenRequestError extends Error {
  constructor(readonly status: number, readonly error: string, readonly errorDescription?: string) {
    super(errorDescription ? `${error}: ${errorDescription}` : error);
    this.name = 'TokenRequestError';
  }
}

export interface TokenRequest {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Empty: Cognito grants every scope the client allows. */
  scopes?: string[];
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  expiresIn?: number;
}

/** RFC 6749 §2.3.1: the client id and secret are form-urlencoded before they are joined for Basic auth. */
export function basicAuth(clientId: string, clientSecret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString('base64')}`;
}

/**
 * The client_credentials grant against a Cognito token endpoint (POST, Basic auth, form body). OAuth errors are
 * thrown as TokenRequestError with the server's error code and description verbatim. The secret is only ever
 * placed in the Authorization header.
 */
export async function requestClientCredentialsToken(req: TokenRequest): Promise<TokenResponse> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: req.clientId });
  if (req.scopes && req.scopes.length > 0) body.set('scope', req.scopes.join(' '));
  const fetchImpl = req.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await fetchImpl(req.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization: basicAuth(req.clientId, req.clientSecret) },
      body: body.toString(),
      signal: AbortSignal.timeout(req.timeoutMs ?? 15_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    throw new TokenRequestError(0, 'request_failed', `${req.tokenUrl} could not be reached${cause ? ` (${cause})` : `: ${String(e)}`}`);
  }
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  if (!res.ok || !json || typeof json.access_token !== 'string') {
    if (json && typeof json.error === 'string') {
      throw new TokenRequestError(res.status, json.error, typeof json.error_description === 'string' ? json.error_description : undefined);
    }
    throw new TokenRequestError(res.status, `http_${res.status}`, `unexpected response from ${req.tokenUrl}: ${text.slice(0, 200)}`);
  }
  return {
    accessToken: json.access_token,
    tokenType: typeof json.token_type === 'string' ? json.token_type : 'Bearer',
    expiresIn: typeof json.expires_in === 'number' ? json.expires_in : undefined,
  };
}
