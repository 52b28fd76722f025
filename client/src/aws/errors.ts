/** What went wrong talking to AWS, in terms a user can act on. */
export type AwsProblemKind = 'access-denied' | 'throttled' | 'expired-credentials' | 'no-credentials' | 'unreachable' | 'not-found' | 'other';

export interface AwsProblem {
  kind: AwsProblemKind;
  /** Short cause for a tree label: "Access denied", "Throttled"… */
  title: string;
  /** The AWS error name and message, verbatim. */
  detail: string;
  /** What to do about it. */
  hint?: string;
}

const ACCESS = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnrecognizedClientException', 'InvalidClientTokenId', 'InvalidSignatureException', 'SignatureDoesNotMatch']);
const THROTTLE = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling', 'RequestLimitExceeded', 'LimitExceededException']);
const EXPIRED = new Set(['ExpiredTokenException', 'ExpiredToken', 'RequestExpired', 'TokenRefreshRequired']);
const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_CONNECT_TIMEOUT']);

function errorName(e: unknown): string {
  const err = e as { name?: string; Code?: string; code?: string; __type?: string };
  return err?.name ?? err?.Code ?? err?.__type ?? 'Error';
}

function errorCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Maps an SDK, credential-provider or network error to a cause. Never includes credentials: SDK errors carry none. */
export function toAwsProblem(e: unknown): AwsProblem {
  const name = errorName(e);
  const message = e instanceof Error ? e.message : String(e);
  const detail = name && !message.startsWith(name) ? `${name}: ${message}` : message;
  const code = errorCode(e);
  if (ACCESS.has(name)) return { kind: 'access-denied', title: 'Access denied', detail, hint: 'The identity needs the read-only cognito-idp permissions listed in the README.' };
  if (THROTTLE.has(name)) return { kind: 'throttled', title: 'Throttled by Cognito', detail, hint: 'Cognito request quota reached even after retries; retry in a moment.' };
  if (EXPIRED.has(name) || /sso session|sso token|aws sso login|token (is|has) expired|expired token|refresh failed/i.test(message)) {
    const profile = /profile[= ]\[?([\w.@+-]+)/i.exec(message)?.[1];
    return { kind: 'expired-credentials', title: 'Credentials expired', detail, hint: `Sign in again (\`aws sso login${profile ? ` --profile ${profile}` : ''}\` for IAM Identity Center), then retry.` };
  }
  if (name === 'CredentialsProviderError' || /could not load credentials|unable to find (a )?(valid )?credentials|profile .* (could not be found|not found)/i.test(message)) {
    return { kind: 'no-credentials', title: 'No credentials', detail, hint: 'Pick an AWS profile or set credentials in the environment.' };
  }
  if ((code && NETWORK.has(code)) || name === 'TimeoutError' || /ECONNREFUSED|ENOTFOUND|getaddrinfo|socket hang up|connect ETIMEDOUT/.test(message)) {
    return { kind: 'unreachable', title: 'Endpoint unreachable', detail: code && !detail.includes(code) ? `${detail} (${code})` : detail, hint: 'Check the network, the region and the cognitoLens.endpoint setting.' };
  }
  if (name === 'ResourceNotFoundException') return { kind: 'not-found', title: 'Not found', detail };
  return { kind: 'other', title: name === 'Error' ? 'Request failed' : name, detail };
}

/** An error whose message is the mapped cause: what the CLI prints and the explorer's error nodes show. */
export class AwsRequestError extends Error {
  constructor(readonly problem: AwsProblem, options?: { cause?: unknown }) {
    super(`${problem.title}: ${problem.detail}`, options);
    this.name = 'AwsRequestError';
  }
}
