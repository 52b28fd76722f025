import { generateJsonTemplate, generateYamlTemplate } from '../bench/template';

/** Realistic starting documents for mutation: CloudFormation YAML/JSON, API inputs, describe outputs. */
export const SEEDS: { name: string; text: string }[] = [
  { name: 'template.yaml', text: generateYamlTemplate({ clients: 3, findingEvery: 2 }) },
  { name: 'template.json', text: generateJsonTemplate({ clients: 2, findingEvery: 2 }) },
  {
    name: 'sam.yaml',
    text: `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: |
  Orders API with a Cognito authorizer.
  Second line.
Parameters:
  Env: {Type: String, Default: dev}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: !Sub '\${AWS::StackName}-users'
      Schema:
        - Name: email
          Required: true
          Mutable: false
      LambdaConfig:
        PreTokenGeneration: !GetAtt PreToken.Arn
  Client:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref Pool
      GenerateSecret: false # public client
      AllowedOAuthFlowsUserPoolClient: true
      AllowedOAuthFlows:
        - code
      AllowedOAuthScopes: [openid, email, orders/read]
      CallbackURLs:
        - !If [IsProd, 'https://app.example.com/cb', 'http://localhost:3000/cb']
      LogoutURLs: ["https://app.example.com/"]
      SupportedIdentityProviders: [COGNITO, !Ref Google]
      ReadAttributes: []
      TokenValidityUnits: {AccessToken: hours, IdToken: hours}
      AccessTokenValidity: 1
  Orders:
    Type: AWS::Cognito::UserPoolResourceServer
    Properties:
      UserPoolId:
        Ref: Pool
      Identifier: orders
      Name: Orders
      Scopes:
        - {ScopeName: read, ScopeDescription: Read orders}
        - ScopeName: write
          ScopeDescription: >-
            Write
            orders
Outputs:
  ClientId:
    Value: !Ref Client
    Export:
      Name: !Sub "\${AWS::StackName}-client"
`,
  },
  {
    name: 'create-client.json',
    text: `{
  "UserPoolId": "eu-west-1_AbC123xyz",
  "ClientName": "reporting",
  "GenerateSecret": true,
  "AllowedOAuthFlows": ["client_credentials"],
  "AllowedOAuthScopes": ["reports/read"],
  "AllowedOAuthFlowsUserPoolClient": true,
}`,
  },
  {
    name: 'describe-client.yaml',
    text: `UserPoolClient:
  UserPoolId: eu-west-1_AbC123xyz
  ClientName: web
  ClientId: 4kq0example0client0id00000
  AllowedOAuthFlows: [code, implicit]
  AllowedOAuthScopes: [openid, profile]
  CallbackURLs: ['https://app.example.com/callback']
  ExplicitAuthFlows:
  - ALLOW_USER_SRP_AUTH
  - ALLOW_REFRESH_TOKEN_AUTH
  LastModifiedDate: 2024-01-01T00:00:00Z
`,
  },
  {
    name: 'resource-server.yaml',
    text: `UserPoolId: us-east-1_Example
Identifier: "https://api.example.com"
Name: api
Scopes:
  - ScopeName: "read"
    ScopeDescription: 'Read'
  - ScopeName: write
    ScopeDescription: Write   # comment
`,
  },
];
