import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import {
  AccessDeniedException,
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  ListUserPoolsCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { checkCredentials, createCognitoClient, createCognitoData, listAll, PAGE_SIZE } from '../../../client/src/aws/data';
import { AwsRequestError, toAwsProblem } from '../../../client/src/aws/errors';
import { Limiter } from '../../../client/src/aws/limit';
import { listProfiles, resolveRegions } from '../../../client/src/aws/profiles';
import { ExplorerModel } from '../../../client/src/explorer/model';
import { ErrorNode } from '../../../client/src/explorer/node-base';
import { RecordingListener } from './fake-cognito';

const cognito = mockClient(CognitoIdentityProviderClient);
const meta = { $metadata: { httpStatusCode: 400 } };

function data(limiter = new Limiter(4)) {
  return createCognitoData(new CognitoIdentityProviderClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }), 'us-east-1', limiter);
}

/** The explorer over the real data layer, with the SDK's send mocked. */
async function regionChildren() {
  const d = data();
  const model = new ExplorerModel({ profile: 'p', regions: ['us-east-1'] }, new RecordingListener(), { data: () => d, checkCredentials: async () => undefined, regions: async () => ['us-east-1'] });
  const [profile] = await model.roots();
  const [region] = await profile.getChildren!();
  return region.getChildren!();
}

describe('AWS data layer (aws-sdk-client-mock)', () => {
  beforeEach(() => cognito.reset());
  after(() => cognito.restore());

  it('asks for 60 pools a page and follows NextToken to the end', async () => {
    cognito.on(ListUserPoolsCommand, { MaxResults: 60 }).resolvesOnce({ UserPools: [{ Id: 'us-east-1_a', Name: 'a' }], NextToken: 't1' })
      .resolvesOnce({ UserPools: [{ Id: 'us-east-1_b', Name: 'b' }] });
    const d = data();
    const all = await listAll((t) => d.listPools(t));
    assert.deepEqual(all.map((p) => p.Id), ['us-east-1_a', 'us-east-1_b']);
    const calls = cognito.commandCalls(ListUserPoolsCommand).map((c) => c.args[0].input);
    assert.deepEqual(calls, [{ MaxResults: PAGE_SIZE.pools, NextToken: undefined }, { MaxResults: 60, NextToken: 't1' }]);
  });

  it('maps AccessDenied, throttling, expired tokens and network failures to error nodes with the AWS cause', async () => {
    const cases: [unknown, string, RegExp][] = [
      [new AccessDeniedException({ message: 'User: arn:aws:iam::123:user/dev is not authorized to perform: cognito-idp:ListUserPools', ...meta }), 'access-denied', /not authorized to perform: cognito-idp:ListUserPools/],
      [new TooManyRequestsException({ message: 'Rate exceeded', ...meta }), 'throttled', /TooManyRequestsException: Rate exceeded/],
      [Object.assign(new Error('The security token included in the request is expired'), { name: 'ExpiredTokenException' }), 'expired-credentials', /security token .* expired/],
      [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'unreachable', /ECONNREFUSED/],
      [Object.assign(new Error('getaddrinfo ENOTFOUND cognito-idp.xx-nowhere-1.amazonaws.com'), { code: 'ENOTFOUND' }), 'unreachable', /ENOTFOUND/],
    ];
    for (const [error, kind, detail] of cases) {
      cognito.reset();
      cognito.on(ListUserPoolsCommand).rejects(error as Error);
      const [node] = await regionChildren();
      assert.ok(node instanceof ErrorNode, kind);
      assert.equal(node.problem.kind, kind);
      assert.match(node.getTreeItem().description ?? '', detail);
      assert.ok(node.problem.hint, `${kind} has a hint`);
    }
  });

  it('throws AwsRequestError with the mapped cause from every call', async () => {
    cognito.on(DescribeUserPoolClientCommand).rejects(new AccessDeniedException({ message: 'denied', ...meta }));
    await assert.rejects(data().describeClient('us-east-1_a', 'c'), (e: unknown) => e instanceof AwsRequestError && e.problem.kind === 'access-denied' && /denied/.test(e.message));
  });

  it('keeps at most 4 calls in flight', async () => {
    let active = 0;
    let peak = 0;
    cognito.on(DescribeUserPoolClientCommand).callsFake(async (input: { ClientId: string }) => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      return { UserPoolClient: { ClientId: input.ClientId } };
    });
    const limiter = new Limiter(4);
    const d = data(limiter);
    const out = await Promise.all(Array.from({ length: 20 }, (_, i) => d.describeClient('us-east-1_a', `c${i}`)));
    assert.equal(out.length, 20);
    assert.equal(peak, 4);
    assert.equal(limiter.peak, 4);
  });

  it('strips $metadata from describe outputs', async () => {
    cognito.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: { ClientId: 'c', ClientName: 'n' }, $metadata: { httpStatusCode: 200 } });
    assert.deepEqual(await data().describeClient('us-east-1_a', 'c'), { ClientId: 'c', ClientName: 'n' });
  });
});

describe('AWS client configuration', () => {
  it('uses adaptive retry and the endpoint override', async () => {
    const client = createCognitoClient('eu-west-1', { endpoint: 'http://127.0.0.1:5000' }, async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }));
    const mode = client.config.retryMode as unknown;
    assert.equal(typeof mode === 'function' ? await (mode as () => Promise<string>)() : mode, 'adaptive');
    assert.equal(((await client.config.retryStrategy()) as { mode?: string }).mode, 'adaptive');
    assert.equal(await client.config.maxAttempts(), 5);
    assert.equal(await client.config.region(), 'eu-west-1');
    const ep = await client.config.endpoint!();
    assert.equal(`${ep.protocol}//${ep.hostname}:${ep.port}`, 'http://127.0.0.1:5000');
  });
});

describe('profiles and credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-lens-aws-'));
  const saved = { ...process.env };
  beforeEach(() => {
    const proc = join(dir, 'creds.sh');
    writeFileSync(proc, '#!/bin/sh\necho \'{"Version":1,"AccessKeyId":"AKIDPROCESS","SecretAccessKey":"not-a-real-secret"}\'\n');
    chmodSync(proc, 0o755);
    writeFileSync(join(dir, 'config'), [
      '[default]', 'region = us-west-2', '',
      '[profile sso-dev]', 'sso_session = corp', 'sso_account_id = 111111111111', 'sso_role_name = ReadOnly', 'region = eu-west-1', '',
      '[sso-session corp]', 'sso_start_url = https://corp.awsapps.com/start', 'sso_region = eu-west-1', '',
      '[profile tool]', `credential_process = ${proc}`, 'region = ap-southeast-2', '',
    ].join('\n'));
    writeFileSync(join(dir, 'credentials'), '[keys]\naws_access_key_id = AKIDKEYS\naws_secret_access_key = not-a-real-secret\n');
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
    process.env.AWS_CONFIG_FILE = join(dir, 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    process.env.HOME = dir;
  });
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('lists profiles from config and credentials with their kind and region', async () => {
    const profiles = await listProfiles();
    assert.deepEqual(profiles.map((p) => [p.name, p.source, p.region]), [
      ['default', 'other', 'us-west-2'], ['keys', 'keys', undefined], ['sso-dev', 'sso', 'eu-west-1'], ['tool', 'process', 'ap-southeast-2'],
    ]);
  });

  it('defaults regions to the profile region', async () => {
    assert.deepEqual(await resolveRegions([], 'tool'), ['ap-southeast-2']);
    assert.deepEqual(await resolveRegions([], undefined), ['us-west-2']);
    assert.deepEqual(await resolveRegions([' eu-central-1 ', 'eu-central-1'], 'tool'), ['eu-central-1']);
    assert.deepEqual(await resolveRegions([], 'keys'), ['us-east-1']);
  });

  it('gets credentials from credential_process and static keys through the default chain', async () => {
    assert.equal(await checkCredentials({ profile: 'tool' }), undefined);
    assert.equal(await checkCredentials({ profile: 'keys' }), undefined);
  });

  it('reports an SSO profile without a valid session as expired, with the sso login hint', async () => {
    const problem = await checkCredentials({ profile: 'sso-dev' });
    assert.equal(problem?.kind, 'expired-credentials');
    assert.match(problem?.hint ?? '', /aws sso login --profile sso-dev/);
  });

  it('reports a missing profile as no credentials, except against a loopback emulator', async () => {
    assert.equal((await checkCredentials({ profile: 'missing' }))?.kind, 'no-credentials');
    assert.equal(await checkCredentials({ profile: 'missing', endpoint: 'http://127.0.0.1:5000' }), undefined);
    assert.equal((await checkCredentials({ profile: 'missing', endpoint: 'https://cognito-idp.example.com' }))?.kind, 'no-credentials');
  });
});

describe('error mapping', () => {
  it('recognises credential-provider and timeout errors', () => {
    assert.equal(toAwsProblem(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' })).kind, 'no-credentials');
    assert.equal(toAwsProblem(Object.assign(new Error('timed out'), { name: 'TimeoutError' })).kind, 'unreachable');
    assert.equal(toAwsProblem(Object.assign(new Error('x'), { name: 'ThrottlingException' })).kind, 'throttled');
    assert.equal(toAwsProblem(Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } })).kind, 'unreachable');
    const other = toAwsProblem(Object.assign(new Error('bad'), { name: 'InvalidParameterException' }));
    assert.deepEqual([other.kind, other.title, other.detail], ['other', 'InvalidParameterException', 'InvalidParameterException: bad']);
  });
});
