import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-secret-immutable';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'update without secret members: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "ClientName": "web"}', problems: [] },
    {
      name: 'GenerateSecret in an update: error on the key, fix removes it',
      json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "ClientName": "web", [|"GenerateSecret"|]: true}',
      problems: [ID],
      fix: { title: 'Remove GenerateSecret', result: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "ClientName": "web"}' },
    },
    {
      name: 'both in block YAML',
      yaml: 'UserPoolId: us-east-1_abc\nClientId: 1example\n[|GenerateSecret|]: false\nClientSecret: fakefakefakefakefakefake00\n',
      problems: [ID, ID],
      fix: { title: 'Remove GenerateSecret', result: 'UserPoolId: us-east-1_abc\nClientId: 1example\nClientSecret: fakefakefakefakefakefake00\n' },
    },
    { name: 'half-typed key still is an unknown member', yaml: 'UserPoolId: us-east-1_abc\nClientId: 1example\n[|ClientSecret|]:\n', problems: [ID] },
    { name: 'create input: not this rule', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": true}', problems: [] },
    { name: 'describe output pasted as update (file name says update)', uri: 'file:///work/update-client.json', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", [|"ClientSecret"|]: "fakefakefakefakefakefake00"}}', problems: [ID] },
  ]);
});
