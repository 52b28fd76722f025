import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-secret-format';

describe(ID, () => {
  runRuleCases(ID, [
    { name: '30 word characters and +: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": "Fakefakefakefake1234567890+XYZ"}', problems: [] },
    { name: 'too short', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": [|"too-short-secret"|]}', problems: [ID], message: '16 characters' },
    { name: 'too long (block YAML)', yaml: `UserPoolId: us-east-1_abc\nClientName: web\nClientSecret: [|${'x'.repeat(65)}|]\n`, problems: [ID], message: '65 characters' },
    { name: 'dash not allowed', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": [|"fake-fake-fake-fake-fake-fake"|]}', problems: [ID], message: 'other characters' },
    { name: 'describe output with a generated-looking fake secret: ok', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ClientSecret": "fakefakefakefakefakefakefakefakefakefakefakefake1"}}', problems: [] },
    { name: 'describe output, bad secret', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ClientSecret": [|"fake/secret"|]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nClientSecret:\n', problems: [] },
  ]);

  it('never quotes the secret in the message', () => {
    const secret = 'FAKE-SECRET-should-not-leak';
    const problems = lintText(`{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": "${secret}"}`, { syntax: 'json' });
    const mine = problems.filter((p) => p.ruleId === ID);
    assert.equal(mine.length, 1);
    assert.ok(!mine[0].message.includes(secret));
  });
});
