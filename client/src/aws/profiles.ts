import { loadSharedConfigFiles } from '@aws-sdk/shared-ini-file-loader';

export interface ProfileInfo {
  name: string;
  region?: string;
  /** How the profile gets credentials, for the picker's description. */
  source: 'sso' | 'process' | 'role' | 'keys' | 'other';
}

/** Profiles from ~/.aws/config and ~/.aws/credentials (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE honoured). */
export async function listProfiles(): Promise<ProfileInfo[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
  const names = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)]);
  return [...names].sort().map((name) => {
    const merged = { ...credentialsFile[name], ...configFile[name] };
    const source: ProfileInfo['source'] = merged.sso_session || merged.sso_start_url ? 'sso'
      : merged.credential_process ? 'process'
      : merged.role_arn ? 'role'
      : merged.aws_access_key_id ? 'keys'
      : 'other';
    return { name, region: merged.region, source };
  });
}

/** The region configured for a profile (or AWS_REGION / AWS_DEFAULT_REGION for the default chain). */
export async function profileRegion(profile: string | undefined): Promise<string | undefined> {
  if (!profile && (process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION)) return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
  const name = profile || process.env.AWS_PROFILE || 'default';
  try {
    const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
    return configFile[name]?.region ?? credentialsFile[name]?.region;
  } catch {
    return undefined;
  }
}

/** Regions to show: the configured list, else the profile's region, else us-east-1. */
export async function resolveRegions(configured: readonly string[], profile: string | undefined): Promise<string[]> {
  const cleaned = [...new Set(configured.map((r) => r.trim()).filter(Boolean))];
  if (cleaned.length > 0) return cleaned;
  return [(await profileRegion(profile)) ?? 'us-east-1'];
}

/** Commercial and GovCloud regions where Cognito user pools are offered (for the add-region picker; any name can be typed). */
export const KNOWN_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1', 'sa-east-1', 'mx-central-1',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
  'me-south-1', 'me-central-1', 'il-central-1', 'af-south-1',
  'ap-south-1', 'ap-south-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2',
  'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7', 'ap-east-1', 'us-gov-west-1', 'us-gov-east-1',
];

export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
