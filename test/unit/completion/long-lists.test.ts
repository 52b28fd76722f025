import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPLETION_LIMIT, isIncomplete } from '../../../server/src/completion';
import { openAtCaret } from './caret';

/** A template with `servers` resource servers (`https://api-NNNN.example.com` read/write) and one client. */
function bigTemplate(servers: number, clientScopes: string): string {
  const out = ['Resources:', '  Pool:', '    Type: AWS::Cognito::UserPool', '    Properties:', '      UserPoolName: pool'];
  for (let i = 1; i <= servers; i++) {
    const n = String(i).padStart(4, '0');
    out.push(
      `  Api${n}:`,
      '    Type: AWS::Cognito::UserPoolResourceServer',
      '    Properties:',
      '      UserPoolId: !Ref Pool',
      `      Identifier: https://api-${n}.example.com`,
      `      Name: api-${n}`,
      '      Scopes:',
      '        - ScopeName: read',
      '          ScopeDescription: Read',
      '        - ScopeName: write',
      '          ScopeDescription: Write',
    );
  }
  out.push(
    '  Client:',
    '    Type: AWS::Cognito::UserPoolClient',
    '    Properties:',
    '      UserPoolId: !Ref Pool',
    '      GenerateSecret: true',
    '      AllowedOAuthFlows: [client_credentials]',
    '      AllowedOAuthScopes:',
    clientScopes,
  );
  return `${out.join('\n')}\n`;
}

function complete(yaml: string) {
  const { service, uri, offset } = openAtCaret({ yaml });
  const items = service.complete(uri, offset);
  return { items, labels: items.map((i) => i.label), incomplete: isIncomplete(items) };
}

describe('completion of long lists', () => {
  it('caps a pool of 600 scopes and marks the list incomplete, same identifier first', () => {
    const { items, labels, incomplete } = complete(bigTemplate(300, '        - https://api-0150.example.com/read\n        - |'));
    assert.equal(labels.length, COMPLETION_LIMIT);
    assert.ok(incomplete);
    // The list's other item names https://api-0150.example.com: its remaining scope leads.
    assert.equal(labels[0], 'https://api-0150.example.com/write');
    assert.ok(!labels.includes('https://api-0150.example.com/read'), 'already in the list');
    assert.equal(labels[1], 'https://api-0001.example.com/read');
    // The editor shows them in this order.
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.map((i) => i.label), labels);
  });

  it('keeps only the values matching the typed text, those starting with it first', () => {
    const prefix = complete(bigTemplate(300, '        - https://api-0123|'));
    assert.deepEqual(prefix.labels, ['https://api-0123.example.com/read', 'https://api-0123.example.com/write']);
    assert.ok(prefix.incomplete, 'deleting a character must ask again');

    const word = complete(bigTemplate(300, '        - WRI|'));
    assert.equal(word.labels.length, COMPLETION_LIMIT);
    assert.ok(word.labels.every((l) => l.endsWith('/write')), JSON.stringify(word.labels.slice(0, 5)));
  });

  it('narrows quoted JSON values by the text after the quote', () => {
    const servers = Array.from({ length: 200 }, (_, i) => ({
      UserPoolId: 'us-east-1_abc',
      Identifier: `svc${i}`,
      Name: `svc${i}`,
      Scopes: [{ ScopeName: 'read', ScopeDescription: 'r' }],
    }));
    const files = servers.map((s, i) => ({ uri: `file:///w/rs${i}.json`, json: JSON.stringify(s) }));
    const { service, uri, offset } = openAtCaret({
      files,
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["svc19|"]}',
    });
    const items = service.complete(uri, offset);
    assert.deepEqual(items.map((i) => i.label), ['svc19/read', 'svc190/read', 'svc191/read', 'svc192/read', 'svc193/read', 'svc194/read', 'svc195/read', 'svc196/read', 'svc197/read', 'svc198/read', 'svc199/read']);
    assert.ok(isIncomplete(items));
    assert.equal(items[0].insertText, '"svc19/read"');
  });

  it('leaves short lists whole for the editor to filter', () => {
    const { labels, incomplete } = complete(bigTemplate(3, '        - https://api-0002|'));
    assert.equal(labels.length, 6);
    assert.ok(!incomplete);
  });

  it('sees a resource server added after the pool scopes were listed', () => {
    const yaml = bigTemplate(200, '        - la|');
    const { service, uri, offset } = openAtCaret({ yaml });
    assert.deepEqual(service.complete(uri, offset), []);
    const late = '  Late:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: late\n      Name: late\n      Scopes:\n        - ScopeName: x\n          ScopeDescription: x\n';
    const withLate = yaml.replace('  Client:\n', `${late}  Client:\n`);
    service.update(uri, withLate.replace('|', ''), 'yaml');
    assert.deepEqual(service.complete(uri, withLate.indexOf('|')).map((i) => i.label), ['late/x']);
  });

  it('keeps the pool scopes while a client is edited, and sees a keystroke in a resource server', () => {
    const yaml = bigTemplate(50, '        - https://api-0007|');
    const { service, uri } = openAtCaret({ yaml });
    let text = yaml.replace('|', '');
    const at = () => text.indexOf('        - https://api-0007') + '        - https://api-0007'.length;
    const labels = () => service.complete(uri, at()).map((i) => i.label).filter((l) => l.startsWith('https://api-0007'));
    assert.deepEqual(labels(), ['https://api-0007.example.com/read', 'https://api-0007.example.com/write']);
    // A keystroke in the client (one entry re-parsed) leaves the list as it was.
    text = text.replace('  Client:\n', '  Client:\n    Condition: X\n');
    service.update(uri, text, 'yaml');
    assert.deepEqual(labels(), ['https://api-0007.example.com/read', 'https://api-0007.example.com/write']);
    // A keystroke inside one resource server's scope list shows at once.
    const scope = text.indexOf('ScopeName: write', text.indexOf('  Api0007:'));
    text = `${text.slice(0, scope + 'ScopeName: write'.length)}s${text.slice(scope + 'ScopeName: write'.length)}`;
    service.update(uri, text, 'yaml');
    assert.deepEqual(labels(), ['https://api-0007.example.com/read', 'https://api-0007.example.com/writes']);
  });
});
