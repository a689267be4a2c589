// JourneyBot in one resource group: storage for workshops, a Linux web app running the bot,
// the Azure Bot registration with its Teams channel, and monitoring. No secret appears here:
// the bot and the app authenticate with a user-assigned managed identity.
targetScope = 'resourceGroup'

@description('Short prefix for every resource name (letters, digits and hyphens), e.g. "journeybot" or "jb-dev".')
@minLength(2)
@maxLength(12)
param namePrefix string

@description('Azure region for the regional resources. The bot registration itself is always global.')
param location string = resourceGroup().location

@description('App Service plan SKU. Free and Shared plans are not offered: a bot needs Always On.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Azure Bot SKU: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Storage account redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('Display name of the bot in the Azure portal and in Teams channel lists.')
@maxLength(42)
param botDisplayName string = 'JourneyBot'

@description('Days Log Analytics keeps application logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Key the map\'s shared links are signed with: 32 random bytes in base64 (`openssl rand -base64 32`). Pass the same key on every deployment: a new key ends every link already shared.')
@secure()
@minLength(44)
param mapLinkSigningKey string

// Names that must be globally unique get a stable suffix derived from the resource group.
var suffix = uniqueString(resourceGroup().id, namePrefix)
var compactPrefix = toLower(replace(namePrefix, '-', ''))
var names = {
  identity: '${namePrefix}-id'
  storage: take('${compactPrefix}${suffix}', 24)
  logs: '${namePrefix}-logs'
  insights: '${namePrefix}-ai'
  plan: '${namePrefix}-plan'
  webApp: '${namePrefix}-${suffix}'
  bot: '${namePrefix}-bot-${suffix}'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
}

module storage 'modules/storage.bicep' = {
  name: '${deployment().name}-storage'
  params: {
    name: names.storage
    location: location
    sku: storageSku
    tableDataIdentityId: identity.id
    tableDataPrincipalId: identity.properties.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: '${deployment().name}-monitoring'
  params: {
    workspaceName: names.logs
    insightsName: names.insights
    location: location
    retentionDays: logRetentionDays
  }
}

module app 'modules/app.bicep' = {
  name: '${deployment().name}-app'
  params: {
    planName: names.plan
    webAppName: names.webApp
    location: location
    sku: appServiceSku
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
    tableServiceUri: storage.outputs.tableServiceUri
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    mapLinkSigningKey: mapLinkSigningKey
  }
}

module bot 'modules/bot.bicep' = {
  name: '${deployment().name}-bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    sku: botSku
    messagingEndpoint: 'https://${app.outputs.defaultHostName}/api/messages'
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
  }
}

@description('Microsoft App ID of the bot (the managed identity client id): BOT_ID for scripts/build-app-package.sh.')
output botAppId string = identity.properties.clientId

@description('Host name of the web app: BOT_DOMAIN for scripts/build-app-package.sh.')
output webAppHostName string = app.outputs.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = names.webApp

@description('Messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('Name of the Azure Bot resource.')
output botName string = names.bot

@description('Table service endpoint the app uses with its managed identity.')
output tableServiceUri string = storage.outputs.tableServiceUri

@description('Name of the storage account.')
output storageAccountName string = names.storage
