import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/callback-url-insecure-http';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';
const cfn = (urls: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      CallbackURLs:\n${urls}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'https: ok', json: `{${head}, "CallbackURLs": ["https://app.example.com/cb"]}`, problems: [] },
    {
      name: 'loopback hosts with ports: ok',
      json: `{${head}, "CallbackURLs": ["http://localhost:3000/cb", "http://127.0.0.1:8080/cb", "http://[::1]/cb", "http://LOCALHOST/cb"]}`,
      problems: [],
    },
    { name: 'custom scheme: ok', json: `{${head}, "CallbackURLs": ["myapp://callback"]}`, problems: [] },
    {
      name: 'http to a public host: fix uses https (JSON)',
      json: `{${head}, "CallbackURLs": [[|"http://app.example.com/callback"|]]}`,
      problems: [ID],
      fix: { title: 'Use https', result: `{${head}, "CallbackURLs": ["https://app.example.com/callback"]}` },
    },
    {
      name: 'http to a public host: fix uses https (block YAML template)',
      yaml: cfn('        - https://ok.example/cb\n        - [|http://app.example.com/cb|]\n'),
      problems: [ID],
      fix: { title: 'Use https', result: cfn('        - https://ok.example/cb\n        - https://app.example.com/cb\n') },
    },
    { name: 'upper-case HTTP scheme', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nCallbackURLs: [[|HTTP://a.example/cb|]]\n', problems: [ID] },
    { name: 'localhost lookalike', json: `{${head}, "CallbackURLs": [[|"http://localhost.example.com/cb"|]]}`, problems: [ID] },
    {
      name: 'DefaultRedirectURI over http',
      json: `{${head}, "CallbackURLs": ["https://a.example/cb"], "DefaultRedirectURI": [|"http://a.example/cb"|]}`,
      problems: [ID],
      message: 'DefaultRedirectURI must use https',
    },
    { name: 'logout URLs are another rule', json: `{${head}, "LogoutURLs": ["http://a.example/"]}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "CallbackURLs": [[|"http://a.example/cb"|]]}}', problems: [ID] },
    { name: 'CloudFormation !Sub and !If skipped', yaml: cfn('        - !Sub "http://${AlbDns}/cb"\n        - !If [Dev, "http://dev.example/cb", !Ref AWS::NoValue]\n'), problems: [] },
    {
      name: 'CloudFormation JSON long form',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "CallbackURLs": [{"Ref": "Url"}, [|"http://a.example/cb"|]]}}}}',
      problems: [ID],
    },
    { name: 'item with no value yet', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nCallbackURLs:\n  -\n', problems: [] },
  ]);
});
