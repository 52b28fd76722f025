import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/logout-url-format';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'https and loopback: ok', json: `{${head}, "LogoutURLs": ["https://a.example/", "http://localhost:3000/", "myapp://signout"]}`, problems: [] },
    {
      name: 'http to a public host: fix uses https',
      json: `{${head}, "LogoutURLs": [[|"http://a.example/bye"|]]}`,
      problems: [ID],
      fix: { title: 'Use https', result: `{${head}, "LogoutURLs": ["https://a.example/bye"]}` },
    },
    { name: 'relative path', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs:\n  - [|/signout|]\n', problems: [ID], message: 'absolute URI' },
    {
      name: 'host without scheme: fix adds https (flow YAML)',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs: [[|a.example/bye|]]\n',
      problems: [ID],
      fix: { title: 'Use https://a.example/bye', result: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs: [https://a.example/bye]\n' },
    },
    { name: 'fragment', json: `{${head}, "LogoutURLs": [[|"https://a.example/#/out"|]]}`, problems: [ID], message: 'fragment' },
    { name: 'callback URLs are other rules', json: `{${head}, "CallbackURLs": ["http://a.example/cb"]}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "LogoutURLs": [[|"http://a.example/"|]]}}', problems: [ID] },
    { name: 'CloudFormation: !Ref and !Sub skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      LogoutURLs:\n        - !Ref LogoutUrl\n        - !Sub http://${Host}/\n', problems: [] },
    { name: 'CloudFormation JSON literal', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "LogoutURLs": [[|"http://a.example/"|]]}}}}', problems: [ID] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs:\n', problems: [] },
  ]);
});
