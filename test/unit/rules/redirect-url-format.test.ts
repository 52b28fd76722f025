import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/redirect-url-format';
const base = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true';
const urls = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `https://app.example.com/cb${i}`));

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'plain URLs: ok', json: `{${base}, "CallbackURLs": ["https://example.com/callback"], "LogoutURLs": ["https://example.com/"]}`, problems: [] },
    { name: 'non-ASCII letters are allowed', json: `{${base}, "CallbackURLs": ["https://exämple.com/rückruf"]}`, problems: [] },
    {
      name: 'space inside a callback URL: fix removes it',
      json: `{${base}, "CallbackURLs": [[|"https://example.com/call back"|]]}`,
      problems: [ID],
      fix: { title: 'Remove whitespace', result: `{${base}, "CallbackURLs": ["https://example.com/callback"]}` },
    },
    {
      name: 'trailing space in a block YAML logout URL',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs:\n  - [|"https://example.com/ "|]\n',
      problems: [ID],
      fix: { title: 'Remove whitespace', result: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs:\n  - https://example.com/\n' },
    },
    { name: 'empty item', json: `{${base}, "LogoutURLs": [[|""|]]}`, problems: [ID], message: 'empty' },
    { name: 'empty DefaultRedirectURI', json: `{${base}, "CallbackURLs": ["https://a.example/cb"], "DefaultRedirectURI": [|""|]}`, problems: [ID] },
    { name: 'longer than 1024', json: `{${base}, "CallbackURLs": [[|"https://a.example/${'x'.repeat(1010)}"|]]}`, problems: [ID], message: 'at most 1024' },
    { name: '100 callback URLs: ok', json: `{${base}, "CallbackURLs": ${urls(100)}}`, problems: [] },
    { name: '101 callback URLs: on the key', json: `{${base}, [|"CallbackURLs"|]: ${urls(101)}}`, problems: [ID], message: 'it has 101' },
    {
      name: 'describe output with a tab',
      json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "CallbackURLs": [[|"https://a.example/\\tcb"|]]}}',
      problems: [ID],
    },
    {
      name: 'CloudFormation: intrinsic items are skipped, literal ones checked',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      CallbackURLs:\n        - !Sub "https://${Domain}/a b"\n        - [|"https://x.example/a b"|]\n',
      problems: [ID],
    },
    {
      name: 'CloudFormation JSON: Fn::If list is skipped',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "CallbackURLs": {"Fn::If": ["Dev", ["http://localhost:3000/a b"], []]}}}}}',
      problems: [],
    },
    { name: 'key with no value: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nCallbackURLs:\n', problems: [] },
  ]);
});
