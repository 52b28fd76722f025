/**
 * What the explorer writes in place of a client secret in the configuration documents it opens and lints. It keeps
 * "this client has a secret" visible to the rules (client_credentials needs one) without the secret itself.
 */
export const REDACTED_SECRET = 'REDACTED_BY_COGNITO_LENS';
