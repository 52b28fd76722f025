import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openAtCaret, type CaretDoc, type CaretFile } from '../completion/caret';

interface HoverCase extends CaretDoc {
  name: string;
  /** Substrings (or patterns) the markdown must contain; `null` when no hover is expected. */
  contains: (string | RegExp)[] | null;
  /** Substrings the markdown must not contain. */
  lacks?: string[];
  /** The hovered text the range must cover. */
  range?: string;
}

const RS: CaretFile = {
  uri: 'file:///w/rs.yaml',
  yaml: 'UserPoolId: us-east-1_abc\nIdentifier: https://api.example.com\nName: Orders API\nScopes:\n  - ScopeName: read\n    ScopeDescription: Read orders\n',
};
const CLIENT = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

const cases: HoverCase[] = [
  {
    name: 'property name: description, type, default',
    json: `{${CLIENT}, "AllowedOAuthFlowsUs|erPoolClient": true}`,
    contains: ['**AllowedOAuthFlowsUserPoolClient**', 'invalid_grant', 'Type: `boolean`', 'Default: `false`'],
    range: '"AllowedOAuthFlowsUserPoolClient"',
  },
  {
    name: 'list property: limits and values',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFl|ows: [code]\n',
    contains: ['Type: `string[]`', 'at most 3 items', '`client_credentials`', 'cannot be combined'],
    range: 'AllowedOAuthFlows',
  },
  {
    name: 'number limits',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAuthSession|Validity: 5\n',
    contains: ['3..15', 'Default: `3`'],
  },
  {
    name: 'UpdateUserPoolClient hover warns that omitted members reset',
    json: '{"UserPoolId": "us-east-1_abc", "ClientId": "abc", "Callback|URLs": ["https://a.example/cb"]}',
    contains: ['resets this member'],
  },
  {
    name: 'Create hover has no reset note',
    json: `{${CLIENT}, "Callback|URLs": ["https://a.example/cb"]}`,
    contains: ['redirect URIs'],
    lacks: ['resets this member'],
  },
  {
    name: 'nested property in a template pool',
    yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig:\n        PreTokenGenerationConfig:\n          LambdaVer|sion: V3_0\n',
    contains: ['**LambdaVersion**', 'client_credentials', 'Values: `V1_0`, `V2_0`, `V3_0`'],
  },
  {
    name: 'resource-server scope item key',
    yaml: 'UserPoolId: us-east-1_abc\nIdentifier: orders\nName: Orders\nScopes:\n  - Scope|Name: read\n    ScopeDescription: r\n',
    contains: ['**ScopeName**', 'no `/`'],
  },
  {
    name: 'custom scope value: declaring resource server and scope description',
    json: `{${CLIENT}, "AllowedOAuthScopes": ["https://api.example.com/re|ad"]}`,
    files: [RS],
    contains: ['custom scope of resource server Orders API', 'Identifier `https://api.example.com`', 'Read orders'],
    range: '"https://api.example.com/read"',
  },
  {
    name: 'undeclared custom scope',
    json: `{${CLIENT}, "AllowedOAuthScopes": ["https://api.example.com/dele|te"]}`,
    files: [RS],
    contains: ['No resource server of this user pool'],
  },
  {
    name: 'standard scope value',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - pro|file\n',
    contains: ['standard scope', 'needs openid'],
  },
  {
    name: 'enum value meaning',
    yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolTier: LI|TE\n',
    contains: ['`LITE`', 'ALLOW_USER_AUTH'],
  },
  { name: 'unknown property: no hover', json: `{${CLIENT}, "Fo|o": 1}`, contains: null },
  { name: 'free text value: no hover', json: `{${CLIENT}, "DefaultRedirectURI": "https://a.ex|ample/cb"}`, contains: null },
  { name: 'template Type line: no hover', yaml: 'Resources:\n  Pool:\n    Ty|pe: AWS::Cognito::UserPool\n    Properties: {}\n', contains: null },
];

describe('hover', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { service, uri, offset, text } = openAtCaret(c);
      const hover = service.hover(uri, offset);
      if (c.contains === null) {
        assert.equal(hover, undefined);
        return;
      }
      assert.ok(hover, 'expected a hover');
      for (const s of c.contains) {
        if (typeof s === 'string') assert.ok(hover.markdown.includes(s), `${JSON.stringify(s)} missing from:\n${hover.markdown}`);
        else assert.match(hover.markdown, s);
      }
      for (const s of c.lacks ?? []) assert.ok(!hover.markdown.includes(s), `${JSON.stringify(s)} must not appear`);
      if (c.range) assert.equal(text.slice(hover.offset, hover.offset + hover.length), c.range);
    });
  }
});
