import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/callback-url-invalid-uri';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"]';
const yamlClient = (urls: string) => `UserPoolId: us-east-1_abc\nClientName: web\nCallbackURLs:\n${urls}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'https URL: ok', json: `{${head}, "CallbackURLs": ["https://example.com/app/callback"]}`, problems: [] },
    { name: 'custom app scheme: ok', json: `{${head}, "CallbackURLs": ["myapp://callback", "com.example.app:/oauth2redirect"]}`, problems: [] },
    { name: 'loopback with port: ok', yaml: yamlClient('  - http://localhost:3000/cb\n'), problems: [] },
    { name: 'fragment', json: `{${head}, "CallbackURLs": [[|"https://example.com/app#/callback"|]]}`, problems: [ID], message: 'fragment' },
    { name: 'relative path: no fix', json: `{${head}, "CallbackURLs": [[|"/callback"|]]}`, problems: [ID], message: 'absolute URI' },
    {
      name: 'host without scheme: fix adds https',
      yaml: yamlClient('  - [|example.com/cb|]\n'),
      problems: [ID],
      fix: { title: 'Use https://example.com/cb', result: yamlClient('  - https://example.com/cb\n') },
    },
    {
      name: 'localhost:3000 is a host and port, not a scheme: fix adds http',
      json: `{${head}, "CallbackURLs": [[|"localhost:3000/cb"|]]}`,
      problems: [ID],
      fix: { title: 'Use http://localhost:3000/cb', result: `{${head}, "CallbackURLs": ["http://localhost:3000/cb"]}` },
    },
    { name: 'example.com:8443 is a host and port', yaml: yamlClient('  - [|"example.com:8443/cb"|]\n'), problems: [ID] },
    {
      name: 'DefaultRedirectURI with a fragment',
      json: `{${head}, "CallbackURLs": ["https://a.example/#x"], "DefaultRedirectURI": "https://a.example/#x"}`,
      problems: [ID, ID],
    },
    { name: 'LogoutURLs are another rule', json: `{${head}, "CallbackURLs": ["https://a.example/cb"], "LogoutURLs": ["/logout"]}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "CallbackURLs": [[|"app/cb"|]]}}', problems: [ID] },
    {
      name: 'CloudFormation: !Sub and !Ref items skipped',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      CallbackURLs:\n        - !Sub "${Domain}/cb"\n        - !Ref CallbackUrl\n      DefaultRedirectURI: !Ref CallbackUrl\n',
      problems: [],
    },
    {
      name: 'CloudFormation JSON literal item',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "CallbackURLs": [{"Fn::Sub": "https://${D}/cb"}, [|"callback"|]]}}}}',
      problems: [ID],
    },
    { name: 'empty item is left to redirect-url-format', json: `{${head}, "CallbackURLs": [""]}`, problems: [] },
  ]);
});
