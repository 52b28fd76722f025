import { UsageError } from './lint';

/** `cognito-lint decode`: decodes and verifies a JWT. Placeholder until the decoder lands. */
export async function runDecode(_args: string[]): Promise<number> {
  throw new UsageError('decode is not available yet');
}
