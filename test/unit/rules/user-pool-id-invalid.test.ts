import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/user-pool-id-invalid';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'region_id: ok', json: '{"UserPoolId": "us-east-1_AbC123", "ClientName": "web"}', problems: [] },
    { name: 'no underscore', json: '{"UserPoolId": [|"EXAMPLE"|], "ClientName": "web"}', problems: [ID], message: 'EXAMPLE' },
    { name: 'hyphen in the id part', yaml: 'UserPoolId: [|us-east-1_abc-def|]\nClientName: web\n', problems: [ID] },
    { name: 'longer than 55', json: `{"UserPoolId": [|"us-east-1_${'a'.repeat(50)}"|], "ClientName": "web"}`, problems: [ID], message: 'at most 55' },
    { name: 'describe client output', json: '{"UserPoolClient": {"UserPoolId": [|"pool"|], "ClientId": "1"}}', problems: [ID] },
    { name: 'resource server input', json: '{"UserPoolId": [|"us-east-1"|], "Identifier": "api", "Name": "API"}', problems: [ID] },
    { name: 'describe resource server output', json: '{"ResourceServer": {"UserPoolId": [|"x_"|], "Identifier": "api", "Name": "API"}}', problems: [ID] },
    { name: 'domain input', json: '{"Domain": "my-app", "UserPoolId": [|"us east 1_abc"|]}', problems: [ID] },
    { name: 'CloudFormation !Ref skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n', problems: [] },
    { name: 'CloudFormation ImportValue skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Fn::ImportValue": "PoolId"}}}}}', problems: [] },
    { name: 'CloudFormation literal pool id checked', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: [|my-pool|]\n', problems: [ID] },
    { name: 'key with no value: no finding', yaml: 'ClientName: web\nUserPoolId:\n', problems: [] },
  ]);
});
