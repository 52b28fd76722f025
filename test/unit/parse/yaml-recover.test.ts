import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseText } from '../../../server/src/parse';
import { lintText } from '../helpers/lint';

const client = [
  '  WebClient:',
  '    Type: AWS::Cognito::UserPoolClient',
  '    Properties:',
  '      UserPoolId: !Ref Pool',
  '      ClientName: web-${Env}-client',
  '      GenerateSecret: false',
].join('\n');

describe('YAML recovery: one broken entry does not hide the rest of a template', () => {
  it('a Parameters section yaml rejects (unquoted regex) still lets the client be linted', () => {
    const text = `Parameters:\n  Email:\n    Type: String\n    AllowedPattern: [\\p{L}]+@[a-z]+\nResources:\n${client}\n`;
    assert.ok(parseText(text, 'yaml').errors.length > 0, 'the text really is invalid YAML');
    const problems = lintText(text, { syntax: 'yaml' }).filter((p) => p.ruleId === 'cognito/client-name-invalid');
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), 'web-${Env}-client');
  });

  it('a resource whose flow sequence yaml finds under-indented is dropped alone; the ranges of the others stay right', () => {
    const api = ['  Api:', '    Type: AWS::ApiGateway::Method', '    Properties:', '      Value: [', '        a, b', '      ]]'].join('\n');
    const text = `---\nResources:\n${api}\n${client}\n`;
    const parsed = parseText(text, 'yaml');
    assert.ok(parsed.errors.length > 0);
    const root = parsed.roots[0];
    assert.equal(root?.kind, 'map');
    const problems = lintText(text, { syntax: 'yaml' }).filter((p) => p.ruleId === 'cognito/client-name-invalid');
    assert.equal(problems.length, 1);
    assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), 'web-${Env}-client');
  });

  it('several documents are not split by indentation: the library result stands', () => {
    const text = `Resources:\n${client}\n  Bad: [\n---\nResources:\n${client}\n`;
    const parsed = parseText(text, 'yaml');
    assert.ok(parsed.errors.length > 0);
    assert.ok(parsed.roots.length >= 1);
  });

  it('valid YAML is untouched by recovery', () => {
    const text = `Resources:\n${client}\n`;
    assert.deepEqual(parseText(text, 'yaml').errors, []);
    assert.equal(lintText(text, { syntax: 'yaml' }).filter((p) => p.ruleId === 'cognito/client-name-invalid').length, 1);
  });
});
