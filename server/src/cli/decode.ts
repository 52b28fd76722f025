import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { decodeJwt, type DecodedJwt } from '../../../client/src/jwt/decode';
import { claimRows, summarize } from '../../../client/src/jwt/explain';
import { isJwks, verifyJwt, type JwksSource, type VerifyResult } from '../../../client/src/jwt/verify';
import { UsageError } from './lint';

export const DECODE_USAGE = `Usage: cognito-lint decode [--jwks FILE|URL] [--issuer ISS] [--token-use id|access] [--client-id ID]
                           [--scope S]... [--group G]... [--clock-tolerance SECONDS] [--format text|json] <token | ->

Decodes a JWT (from the argument, or stdin with "-"; "Bearer ", quotes and line breaks are ignored) and checks it
like aws-jwt-verify: alg (RS256/384/512, ES256/384/512 only), signature against the JWKS, iss (a Cognito user pool
issuer, or exactly --issuer), token_use (id or access, or exactly --token-use), client_id / aud (--client-id),
scope (at least one --scope), cognito:groups (at least one --group), exp / nbf / iat (60 s grace by default).

The signature is only checked with --jwks (a JWKS file, or a URL fetched with a 5 s timeout); nothing is fetched
otherwise and the signature is reported as "unverified".

"valid" is true only when the signature was verified and every check passed. Exit status:
  0  valid
  1  decoded, but the signature is invalid or unverified (no --jwks), or a check failed
  2  the input is not a JWT, or a usage error`;

interface Output {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: VerifyResult['signature'];
  checks: VerifyResult['checks'];
  valid: boolean;
}

export async function runDecode(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      jwks: { type: 'string' },
      issuer: { type: 'string' },
      'token-use': { type: 'string' },
      'client-id': { type: 'string', multiple: true },
      scope: { type: 'string', multiple: true },
      group: { type: 'string', multiple: true },
      'clock-tolerance': { type: 'string' },
      format: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${DECODE_USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format ${format} (expected text, json)`);
  const tokenUse = values['token-use'];
  if (tokenUse !== undefined && tokenUse !== 'id' && tokenUse !== 'access') throw new UsageError(`--token-use must be id or access, not ${tokenUse}`);
  const tolerance = values['clock-tolerance'] === undefined ? 60 : Number(values['clock-tolerance']);
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError('--clock-tolerance must be a number of seconds >= 0');
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no token given (pass it, or "-" to read stdin)' : 'give exactly one token');
  const input = positionals[0] === '-' ? await readStdin() : (positionals[0] as string);
  const decoded = decodeJwt(input);
  if (!decoded.ok) {
    process.stderr.write(`cognito-lint decode: not a JWT: ${decoded.reason}\n`);
    return 2;
  }
  const jwks = values.jwks === undefined ? undefined : await loadJwks(values.jwks);
  const result = await verifyJwt(decoded.jwt, {
    jwks,
    fetchFromIssuer: false,
    issuer: values.issuer,
    tokenUse,
    clientId: values['client-id'],
    scopes: values.scope,
    groups: values.group,
    clockToleranceSeconds: tolerance,
  });
  const output: Output = { header: decoded.jwt.header, payload: decoded.jwt.payload, signature: result.signature, checks: result.checks, valid: result.valid };
  process.stdout.write(format === 'json' ? `${JSON.stringify(output, null, 2)}\n` : renderText(decoded.jwt, result));
  return result.valid ? 0 : 1;
}

async function loadJwks(value: string): Promise<JwksSource> {
  if (/^https?:\/\//i.test(value)) return { kind: 'url', url: value };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(value, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new UsageError(`cannot read the JWKS file ${value}: ${why}`);
  }
  // A single JWK is accepted as a one-key set.
  if (!isJwks(parsed) && typeof parsed === 'object' && parsed !== null && 'kty' in parsed) parsed = { keys: [parsed] };
  if (!isJwks(parsed)) throw new UsageError(`${value} is not a JWKS ({"keys": [...]})`);
  return { kind: 'keys', jwks: parsed };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function renderText(jwt: DecodedJwt, result: VerifyResult): string {
  const now = Date.now();
  const summary = summarize(jwt, now);
  const lines = [`${summary.kindLabel}`, `Header: ${JSON.stringify(jwt.header)}`, 'Claims:'];
  for (const row of claimRows(jwt.payload, now)) {
    const value = row.value.length > 200 ? `${row.value.slice(0, 200)}… (${row.value.length} chars)` : row.value;
    lines.push(`  ${row.name}: ${value}${row.time ? `  (${row.time.relative}; ${row.time.utc})` : ''}`);
  }
  lines.push(`Signature: ${result.signature}`, 'Checks:');
  for (const c of result.checks) lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.message}`);
  lines.push(result.valid ? 'Result: valid' : 'Result: NOT valid');
  return `${lines.join('\n')}\n`;
}
