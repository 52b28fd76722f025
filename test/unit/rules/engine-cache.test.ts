import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../../server/src/language-service';
import { ALL_RULES } from '../../../server/src/rules/index';
import type { Resource } from '../../../server/src/model/types';

const URI = 'file:///stack.yaml';

/** A template: `count` clients of an imported (literal) pool; client 1 asks for a scope no server here defines. */
function template(count: number, serverScopes = ['read', 'write']): string {
  const lines = ['Resources:', '  Api:', '    Type: AWS::Cognito::UserPoolResourceServer', '    Properties:', '      UserPoolId: us-east-1_abc',
    '      Identifier: https://api.example.com', '      Name: api', '      Scopes:', ...serverScopes.map((s) => `        - {ScopeName: ${s}, ScopeDescription: d}`)];
  for (let i = 1; i <= count; i++) {
    lines.push(`  Client${i}:`, '    Type: AWS::Cognito::UserPoolClient', '    Properties:', '      UserPoolId: us-east-1_abc', `      ClientName: client-${i}`,
      '      GenerateSecret: true', '      AllowedOAuthFlowsUserPoolClient: true', '      AllowedOAuthFlows: [client_credentials]', '      AllowedOAuthScopes:',
      `        - https://api.example.com/${i === 1 ? 'admin' : 'read'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Counts how often custom-scope-not-defined (a rule that reads the index) runs for app clients. */
function countClientRuns(): { runs: () => number; restore: () => void } {
  const rule = ALL_RULES.find((r) => r.id === 'cognito/custom-scope-not-defined')!;
  const check = rule.check;
  let runs = 0;
  (rule as { check: typeof check }).check = (resource: Resource, ctx) => {
    if (resource.kind === 'app-client') runs++;
    return check.call(rule, resource, ctx);
  };
  return { runs: () => runs, restore: () => ((rule as { check: typeof check }).check = check) };
}

function fresh(docs: [string, string][], uri: string) {
  const service = createLanguageService({ cacheRuleResults: false });
  for (const [u, text] of docs) service.update(u, text);
  return service.validate(uri);
}

const ids = (problems: { ruleId: string }[]) => problems.map((p) => p.ruleId).filter((id) => id === 'cognito/custom-scope-not-defined');

describe('rule cache: results of rules that read outside their resource', () => {
  it('are reused for untouched clients when only another client changed', () => {
    const counter = countClientRuns();
    try {
      const service = createLanguageService();
      let text = template(20);
      service.update(URI, text);
      assert.deepStrictEqual(ids(service.validate(URI)), ['cognito/custom-scope-not-defined']);
      const before = counter.runs();
      text = text.replace('ClientName: client-7', 'ClientName: client-7x');
      service.update(URI, text);
      const problems = service.validate(URI);
      assert.equal(counter.runs() - before, 1, 'only the edited client re-runs');
      assert.deepStrictEqual(problems, fresh([[URI, text]], URI));
    } finally {
      counter.restore();
    }
  });

  it('are recomputed when the rest of the document changes (a resource server gains the scope)', () => {
    const counter = countClientRuns();
    try {
      const service = createLanguageService();
      service.update(URI, template(20));
      service.validate(URI);
      const before = counter.runs();
      const text = template(20, ['read', 'write', 'admin']);
      service.update(URI, text);
      const problems = service.validate(URI);
      assert.equal(counter.runs() - before, 20);
      assert.deepStrictEqual(ids(problems), []);
      assert.deepStrictEqual(problems, fresh([[URI, text]], URI));
    } finally {
      counter.restore();
    }
  });

  it('are recomputed when another document of the workspace changes', () => {
    const service = createLanguageService();
    const text = template(5);
    service.update(URI, text);
    assert.deepStrictEqual(ids(service.validate(URI)), ['cognito/custom-scope-not-defined']);
    const other = 'file:///admin-server.json';
    const server = JSON.stringify({ UserPoolId: 'us-east-1_abc', Identifier: 'https://api.example.com', Name: 'admin', Scopes: [{ ScopeName: 'admin', ScopeDescription: 'd' }] });
    service.update(other, server);
    // The scope is defined by one of the pool's servers now; this document's text did not change.
    const problems = service.validate(URI);
    assert.deepStrictEqual(problems, fresh([[URI, text], [other, server]], URI));
    service.remove(other);
    assert.deepStrictEqual(ids(service.validate(URI)), ['cognito/custom-scope-not-defined']);
  });

  it('stay correct when a client is renamed, removed or turned into another kind', () => {
    const service = createLanguageService();
    let text = template(6);
    service.update(URI, text);
    service.validate(URI);
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('  Client3:', '  Client3b:'),
      (t) => t.replace(/ {2}Client4:[\s\S]*?(?= {2}Client5:)/, ''),
      (t) => t.replace(/(Client5:\n {4}Type: )AWS::Cognito::UserPoolClient/, '$1AWS::Cognito::UserPoolResourceServer'),
      (t) => t.replace('https://api.example.com/admin', 'https://api.example.com/read'),
    ];
    for (const [i, edit] of edits.entries()) {
      text = edit(text);
      service.update(URI, text);
      assert.deepStrictEqual(service.validate(URI), fresh([[URI, text]], URI), `edit ${i}`);
    }
  });

  it('are recomputed when a keystroke changes another kind of entry the clients read (a custom domain resource)', () => {
    const service = createLanguageService();
    const client = (n: number) => [`  Client${n}:`, '    Type: AWS::Cognito::UserPoolClient', '    Properties:', '      UserPoolId: !Ref Pool',
      `      ClientName: c${n}`, '      AllowedOAuthFlowsUserPoolClient: true', '      AllowedOAuthFlows: [code]', '      AllowedOAuthScopes: [openid]',
      '      CallbackURLs: [https://example.com/cb]'];
    let text = [
      'Resources:', '  Pool:', '    Type: AWS::Cognito::UserPool', ...client(1), ...client(2),
      '  Domain:', '    Type: Custom::CognitoUserPoolDomain', '    Properties:', '      UserPoolId: !Ref Pool', '      ServiceToken: arn:aws:lambda:us-east-1:1:function:f',
      ...client(3), '',
    ].join('\n');
    service.update(URI, text);
    assert.deepStrictEqual(service.validate(URI).filter((p) => p.ruleId === 'cognito/oauth-requires-domain'), []);
    // One keystroke inside the custom resource: it no longer refers to the pool (an incremental re-parse of that entry).
    text = text.replace('      UserPoolId: !Ref Pool\n      ServiceToken', '      UserPoolId: !Ref Poo\n      ServiceToken');
    service.update(URI, text);
    const problems = service.validate(URI);
    assert.equal(problems.filter((p) => p.ruleId === 'cognito/oauth-requires-domain').length, 3);
    assert.deepStrictEqual(problems, fresh([[URI, text]], URI));
  });
});
