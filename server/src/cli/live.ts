import { UsageError } from './lint';

/** `cognito-lint live`: lints deployed configuration. Placeholder until the explorer's data layer lands. */
export async function runLive(_args: string[]): Promise<number> {
  throw new UsageError('live is not available yet');
}
