import { parseArgs } from 'node:util';
import { CognitoDataFactory, listAll, type CognitoData } from '../../../client/src/aws/data';
import { AwsRequestError } from '../../../client/src/aws/errors';
import { resolveRegions } from '../../../client/src/aws/profiles';
import { snapshotPool } from '../../../client/src/aws/snapshot';
import { lintSnapshot, liveUri } from '../../../client/src/explorer/lint-pool';
import { UsageError } from './lint';
import { exitCodeFor, render, toFileResult, type FileResult, type OutputFormat } from './output';

const FORMATS: OutputFormat[] = ['text', 'json', 'sarif'];

/**
 * `cognito-lint live`: reads the deployed configuration of every pool (or the `--pool`s) in the regions through the
 * explorer's data layer and lints the describe outputs. `file` is `cognito://<region>/<poolId>/clients/<clientId>.json`
 * (resource servers `…/resource-servers/<identifier>.json`, the pool `…/user-pool.json`), ranges point into the
 * describe JSON as `aws cognito-idp describe-…` prints it. Exit status as for lint; AWS failures exit 2.
 */
export async function runLive(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      profile: { type: 'string' },
      region: { type: 'string', multiple: true },
      endpoint: { type: 'string' },
      pool: { type: 'string', multiple: true },
      format: { type: 'string', short: 'f' },
    },
  });
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${format} (expected ${FORMATS.join(', ')})`);
  if (values.endpoint) {
    try {
      new URL(values.endpoint);
    } catch {
      throw new UsageError(`--endpoint is not a URL: ${values.endpoint}`);
    }
  }
  const warn = (m: string) => process.stderr.write(`cognito-lint: ${m}\n`);
  const factory = new CognitoDataFactory({ profile: values.profile, endpoint: values.endpoint });
  const regions = await resolveRegions(values.region ?? [], values.profile);
  const results: FileResult[] = [];
  try {
    for (const region of regions) results.push(...(await lintRegion(factory.forRegion(region), values.pool ?? [], warn)));
  } catch (e) {
    if (e instanceof AwsRequestError) {
      warn(`${e.message}${e.problem.hint ? `\n  ${e.problem.hint}` : ''}`);
      return 2;
    }
    throw e;
  }
  process.stdout.write(render(results, format));
  return exitCodeFor(results);
}

async function lintRegion(data: CognitoData, poolIds: string[], warn: (m: string) => void): Promise<FileResult[]> {
  // --pool ids that belong to another region are skipped rather than failing with ResourceNotFound.
  const ids = poolIds.length > 0
    ? poolIds.filter((id) => !/^[a-z]{2}(-[a-z]+)+-\d+_/.test(id) || id.startsWith(`${data.region}_`))
    : (await listAll((t) => data.listPools(t))).map((p) => p.Id ?? '').filter(Boolean);
  const results: FileResult[] = [];
  for (const poolId of ids) {
    const snapshot = await snapshotPool(data, poolId);
    const linted = lintSnapshot(snapshot, (doc) => liveUri('cognito', data.region, poolId, doc), (id, e) => warn(`internal error in rule ${id}: ${String(e)}`));
    for (const l of linted) results.push(toFileResult(l.uri, l.document.text, l.problems));
  }
  return results;
}
