// The ARM template the official Bicep CLI compiles from infra/main.bicep holds the settings the
// issue and the app depend on. Run by scripts/check-package.sh after it restores the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = readFileSync(join(root, 'tools', 'bicep', 'bicep.csproj'), 'utf8').match(/<BicepVersion>(.+)<\/BicepVersion>/)[1];
const bicep = join(root, '.tools', 'nuget', 'azure.bicep.commandline.linux-x64', version, 'tools', 'bicep');
assert.ok(existsSync(bicep), `Bicep CLI not found at ${bicep}: run scripts/check-package.sh, which restores it`);

const template = JSON.parse(execFileSync(bicep, ['build', join(root, 'infra', 'main.bicep'), '--stdout'], { encoding: 'utf8' }));

/**
 * Every resource of a type, looking inside the nested deployments that modules compile to. A
 * template using typed parameters compiles to languageVersion 2.0, whose resources are an object
 * keyed by symbolic name instead of an array.
 */
function resources(type, t = template) {
  return Object.values(t.resources).flatMap((r) => [
    ...(r.type === type ? [r] : []),
    ...(r.type === 'Microsoft.Resources/deployments' ? resources(type, r.properties.template) : []),
  ]);
}
const one = (type) => {
  const found = resources(type);
  assert.equal(found.length, 1, `exactly one ${type}`);
  return found[0];
};
/** The compiled template of the module that declares a resource type (for its parameters and variables). */
const moduleDeclaring = (type) =>
  Object.values(template.resources).find((r) => r.type === 'Microsoft.Resources/deployments' && resources(type, r.properties.template).length).properties.template;

test('storage_account_refuses_keys_public_blobs_old_tls_and_plain_http', () => {
  const { properties } = one('Microsoft.Storage/storageAccounts');
  assert.equal(properties.allowSharedKeyAccess, false);
  assert.equal(properties.allowBlobPublicAccess, false);
  assert.equal(properties.minimumTlsVersion, 'TLS1_2');
  assert.equal(properties.supportsHttpsTrafficOnly, true);
});

test('storage_account_declares_the_tables_the_app_uses', () => {
  const storage = moduleDeclaring('Microsoft.Storage/storageAccounts');
  assert.deepEqual(storage.parameters.tableNames.defaultValue, ['Conversations', 'Workshops', 'ConversationWorkshops']);
  assert.equal(one('Microsoft.Storage/storageAccounts/tableServices/tables').copy.count, "[length(parameters('tableNames'))]");
});

test('managed_identity_gets_storage_table_data_contributor_on_the_account', () => {
  const assignment = one('Microsoft.Authorization/roleAssignments');
  const { variables } = moduleDeclaring('Microsoft.Authorization/roleAssignments');
  assert.equal(assignment.properties.roleDefinitionId, "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('tableDataContributorRoleId'))]");
  assert.equal(variables.tableDataContributorRoleId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160ba3a', 'the built-in Storage Table Data Contributor role');
  assert.equal(assignment.properties.principalType, 'ServicePrincipal');
  assert.match(assignment.scope, /Microsoft\.Storage\/storageAccounts/);
});

test('web_app_runs_dotnet_10_on_linux_over_https_with_health_check_and_always_on', () => {
  const site = one('Microsoft.Web/sites');
  const config = site.properties.siteConfig;
  assert.equal(config.linuxFxVersion, 'DOTNETCORE|10.0');
  assert.equal(site.properties.httpsOnly, true);
  assert.equal(config.ftpsState, 'Disabled');
  assert.equal(config.minTlsVersion, '1.2');
  assert.equal(config.alwaysOn, true);
  assert.equal(config.healthCheckPath, '/healthz');
  assert.equal(site.identity.type, 'UserAssigned');
  assert.equal(one('Microsoft.Web/serverfarms').properties.reserved, true, 'a Linux plan');
});

test('web_app_settings_are_the_ones_the_app_reads_and_hold_no_secret', () => {
  const settings = Object.fromEntries(one('Microsoft.Web/sites').properties.siteConfig.appSettings.map((s) => [s.name, s.value]));
  assert.deepEqual(Object.keys(settings).sort(), [
    'APPLICATIONINSIGHTS_CONNECTION_STRING',
    'ASPNETCORE_ENVIRONMENT',
    'ApplicationInsightsAgent_EXTENSION_VERSION',
    'DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS',
    'Maps__LinkSigningKey',
    'Maps__PublicBaseUrl',
    'MicrosoftAppId',
    'MicrosoftAppTenantId',
    'MicrosoftAppType',
    'SCM_DO_BUILD_DURING_DEPLOYMENT',
    'Storage__ManagedIdentityClientId',
    'Storage__TableServiceUri',
  ]);
  assert.equal(settings.ASPNETCORE_ENVIRONMENT, 'Production');
  assert.equal(settings.MicrosoftAppType, 'UserAssignedMSI');
  assert.equal(settings.DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS, '1');
  assert.equal(settings.MicrosoftAppId, "[parameters('identityClientId')]");
  assert.equal(settings.Storage__ManagedIdentityClientId, "[parameters('identityClientId')]");
  // The link key is a secure parameter, never a value in the template.
  assert.equal(settings.Maps__LinkSigningKey, "[parameters('mapLinkSigningKey')]");
  assert.equal(moduleDeclaring('Microsoft.Web/sites').parameters.mapLinkSigningKey.type, 'securestring');
  assert.equal(template.parameters.mapLinkSigningKey.type, 'securestring');
  assert.match(settings.Maps__PublicBaseUrl, /^\[format\('https:\/\/\{0\}\.azurewebsites\.net'/);
});

test('basic_publishing_credentials_are_off_for_ftp_and_scm', () => {
  const policies = resources('Microsoft.Web/sites/basicPublishingCredentialsPolicies');
  assert.deepEqual(policies.map((p) => [p.name.match(/'(\w+)'\)\]$/)[1], p.properties.allow]).sort(), [['ftp', false], ['scm', false]]);
});

test('azure_bot_uses_the_managed_identity_and_the_web_app_messaging_endpoint', () => {
  const bot = one('Microsoft.BotService/botServices');
  assert.equal(bot.kind, 'azurebot');
  assert.equal(bot.location, 'global');
  assert.equal(bot.properties.msaAppType, 'UserAssignedMSI');
  assert.equal(bot.properties.msaAppId, "[parameters('identityClientId')]");
  assert.equal(bot.properties.msaAppMSIResourceId, "[parameters('identityId')]");
  const botModule = Object.values(template.resources).find((r) => r.name === "[format('{0}-bot', deployment().name)]");
  assert.match(botModule.properties.parameters.messagingEndpoint.value, /^\[format\('https:\/\/\{0\}\/api\/messages'/);
});

test('teams_channel_is_enabled_on_the_bot', () => {
  const channel = one('Microsoft.BotService/botServices/channels');
  assert.equal(channel.properties.channelName, 'MsTeamsChannel');
  assert.equal(channel.properties.properties.isEnabled, true);
});

test('application_insights_is_workspace_based', () => {
  assert.match(one('Microsoft.Insights/components').properties.WorkspaceResourceId, /Microsoft\.OperationalInsights\/workspaces/);
});

test('no_parameter_or_output_carries_a_secret_but_the_map_link_key_which_is_secure', () => {
  const secure = (params = {}) => Object.entries(params).filter(([, p]) => /^secure/.test(p.type)).map(([name]) => name);
  assert.deepEqual(secure(template.parameters), ['mapLinkSigningKey']);
  assert.ok(Object.values(template.outputs ?? {}).every((output) => !JSON.stringify(output).includes('mapLinkSigningKey')), 'no output carries the key');
  assert.match(readFileSync(join(root, 'infra', 'main.bicepparam'), 'utf8'), /param mapLinkSigningKey = readEnvironmentVariable\('JOURNEYBOT_MAP_LINK_KEY'\)/);
  const text = readFileSync(join(root, 'infra', 'main.bicepparam'), 'utf8') + JSON.stringify(template);
  assert.doesNotMatch(text, /MicrosoftAppPassword|AccountKey=|listKeys\(/);
});
