import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/analytics-config-incomplete';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';
const APP_ARN = 'arn:aws:mobiletargeting:us-east-1:111122223333:apps/0123456789abcdef0123456789abcdef';
const ROLE = 'arn:aws:iam::111122223333:role/fake-pinpoint-role';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'ApplicationArn: ok', json: `{${BASE}, "AnalyticsConfiguration": {"ApplicationArn": "${APP_ARN}", "UserDataShared": true}}`, problems: [] },
    { name: 'full triple: ok', json: `{${BASE}, "AnalyticsConfiguration": {"ApplicationId": "0123456789abcdef", "RoleArn": "${ROLE}", "ExternalId": "fake-external"}}`, problems: [] },
    { name: 'ApplicationId only: warning on the key', json: `{${BASE}, [|"AnalyticsConfiguration"|]: {"ApplicationId": "0123456789abcdef"}}`, problems: [ID], message: 'missing: RoleArn, ExternalId' },
    { name: 'ApplicationArn mixed with RoleArn (block YAML)', yaml: `UserPoolId: us-east-1_abc\nClientName: web\nAnalyticsConfiguration:\n  ApplicationArn: ${APP_ARN}\n  [|RoleArn|]: ${ROLE}\n`, problems: [ID] },
    { name: 'ApplicationId not hex', json: `{${BASE}, "AnalyticsConfiguration": {"ApplicationId": [|"my-app"|], "RoleArn": "${ROLE}", "ExternalId": "x"}}`, problems: [ID] },
    { name: 'RoleArn not an ARN, in a template', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AnalyticsConfiguration:\n        ApplicationId: abc123\n        RoleArn: [|pinpoint-role|]\n        ExternalId: x\n', problems: [ID] },
    { name: 'intrinsic values count as present', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AnalyticsConfiguration:\n        ApplicationId: !Ref PinpointApp\n        RoleArn: !GetAtt Role.Arn\n        ExternalId: !Ref AWS::StackName\n', problems: [] },
    { name: 'CloudFormation JSON empty object', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, [|"AnalyticsConfiguration"|]: {}}}}}', problems: [ID] },
    { name: 'whole object from Fn::If: skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AnalyticsConfiguration": {"Fn::If": ["X", {"ApplicationArn": "a"}, {"Ref": "AWS::NoValue"}]}}}}}', problems: [] },
    { name: 'describe output', json: `{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AnalyticsConfiguration": {"ApplicationArn": "${APP_ARN}", [|"ExternalId"|]: "x"}}}`, problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAnalyticsConfiguration:\n', problems: [] },
  ]);
});
