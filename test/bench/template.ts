/**
 * Generates a large CloudFormation template like the ones platform teams keep: one user pool with a domain,
 * `clients` app clients (machine-to-machine, each with its own resource server) and their resource servers.
 * Every `findingEvery`-th client asks for client_credentials without a secret, so the template has findings.
 */
export interface TemplateOptions {
  clients: number;
  findingEvery?: number;
}

export function generateYamlTemplate({ clients, findingEvery = 10 }: TemplateOptions): string {
  const out: string[] = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Description: >-',
    '  Shared user pool for internal services: one app client and one resource server per service.',
    'Parameters:',
    '  Stage:',
    '    Type: String',
    '    AllowedValues: [dev, prod]',
    '    Default: dev',
    'Conditions:',
    '  IsProd: !Equals [!Ref Stage, prod]',
    'Resources:',
    '  UserPool:',
    '    Type: AWS::Cognito::UserPool',
    '    Properties:',
    '      UserPoolName: !Sub "services-${Stage}"',
    '      UserPoolTier: ESSENTIALS',
    '      AdminCreateUserConfig:',
    '        AllowAdminCreateUserOnly: true',
    '  UserPoolDomain:',
    '    Type: AWS::Cognito::UserPoolDomain',
    '    Properties:',
    '      UserPoolId: !Ref UserPool',
    '      Domain: !Sub "services-${Stage}-${AWS::AccountId}"',
  ];
  for (let i = 1; i <= clients; i++) {
    const n = String(i).padStart(4, '0');
    const secret = i % findingEvery === 0 ? 'false' : 'true';
    out.push(
      `  Api${n}: # service ${n}`,
      '    Type: AWS::Cognito::UserPoolResourceServer',
      '    Properties:',
      '      UserPoolId: !Ref UserPool',
      `      Identifier: https://api-${n}.example.com`,
      `      Name: api-${n}`,
      '      Scopes:',
      `        - {ScopeName: read, ScopeDescription: Read access to service ${n}}`,
      "        - {ScopeName: write, ScopeDescription: 'Write access'}",
      `  Client${n}:`,
      '    Type: AWS::Cognito::UserPoolClient',
      `    DependsOn: Api${n}`,
      '    Properties:',
      '      UserPoolId: !Ref UserPool',
      `      ClientName: service-${n}-client`,
      `      GenerateSecret: ${secret}`,
      '      AllowedOAuthFlowsUserPoolClient: true',
      '      AllowedOAuthFlows: [client_credentials]',
      '      AllowedOAuthScopes:',
      `        - https://api-${n}.example.com/read`,
      `        - !Sub "https://api-${n}.example.com/write"`,
      '      PreventUserExistenceErrors: ENABLED',
    );
  }
  out.push('Outputs:', '  UserPoolId:', '    Value: !Ref UserPool', '');
  return out.join('\n');
}

/** The same template as CloudFormation JSON. */
export function generateJsonTemplate({ clients, findingEvery = 10 }: TemplateOptions): string {
  const resources: Record<string, unknown> = {
    UserPool: { Type: 'AWS::Cognito::UserPool', Properties: { UserPoolName: { 'Fn::Sub': 'services-${Stage}' }, UserPoolTier: 'ESSENTIALS' } },
    UserPoolDomain: { Type: 'AWS::Cognito::UserPoolDomain', Properties: { UserPoolId: { Ref: 'UserPool' }, Domain: { 'Fn::Sub': 'services-${Stage}-${AWS::AccountId}' } } },
  };
  for (let i = 1; i <= clients; i++) {
    const n = String(i).padStart(4, '0');
    resources[`Api${n}`] = {
      Type: 'AWS::Cognito::UserPoolResourceServer',
      Properties: {
        UserPoolId: { Ref: 'UserPool' }, Identifier: `https://api-${n}.example.com`, Name: `api-${n}`,
        Scopes: [{ ScopeName: 'read', ScopeDescription: `Read access to service ${n}` }, { ScopeName: 'write', ScopeDescription: 'Write access' }],
      },
    };
    resources[`Client${n}`] = {
      Type: 'AWS::Cognito::UserPoolClient',
      DependsOn: `Api${n}`,
      Properties: {
        UserPoolId: { Ref: 'UserPool' }, ClientName: `service-${n}-client`, GenerateSecret: i % findingEvery !== 0,
        AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: [`https://api-${n}.example.com/read`, { 'Fn::Sub': `https://api-${n}.example.com/write` }],
        PreventUserExistenceErrors: 'ENABLED',
      },
    };
  }
  return `${JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Parameters: { Stage: { Type: 'String', Default: 'dev' } }, Resources: resources }, null, 2)}\n`;
}
