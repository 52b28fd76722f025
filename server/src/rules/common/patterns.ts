/**
 * AWS model patterns used by several rules. The service matches them against the whole value; `\w` and `\s` are
 * Java's ASCII classes there, so they are spelled out here rather than using JavaScript's Unicode-aware `\s`.
 */

/** Resource-server `Identifier`: printable ASCII except space, `"` and `\`. */
export const IDENTIFIER_CHAR = /[\x21\x23-\x5B\x5D-\x7E]/;
/** Resource-server `Name` (and `ClientName`): `[\w\s+=,.@-]`. */
export const NAME_CHAR = /[A-Za-z0-9_ \t\n\x0B\f\r+=,.@-]/;
/** `ScopeName`: as the identifier, minus `/`. */
export const SCOPE_NAME_CHAR = /[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]/;

/** The distinct characters of `value` that `allowed` rejects, in order of appearance. */
export function invalidChars(value: string, allowed: RegExp): string[] {
  // The common case, a valid value, in one match rather than one per character (perf): when every unit matches
  // the one-character pattern, every character does.
  if (wholeOf(allowed).test(value)) return [];
  const out: string[] = [];
  for (const ch of value) if (!allowed.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

function wholeOf(allowed: RegExp): RegExp {
  let whole = wholes.get(allowed);
  if (!whole) {
    whole = new RegExp(`^(?:${allowed.source})*$`, allowed.flags.replace(/[gy]/g, ''));
    wholes.set(allowed, whole);
  }
  return whole;
}

const wholes = new WeakMap<RegExp, RegExp>();

/** Characters for a message: `"(", ")"`; whitespace shown by name so it is visible. */
export function describeChars(chars: string[]): string {
  return chars.map((c) => (c === ' ' ? 'space' : c === '\t' ? 'tab' : JSON.stringify(c))).join(', ');
}

/** `ArnType` of the Cognito API model, length 20..2048. */
const ARN = /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;

export function isArn(value: string): boolean {
  return value.length >= 20 && value.length <= 2048 && ARN.test(value);
}
