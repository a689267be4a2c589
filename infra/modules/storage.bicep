// Table Storage for workshops. Keys are switched off: only Entra ID principals with a data role
// (the bot's managed identity) can read or write.

@description('Storage account name (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Storage account redundancy SKU.')
param sku string

@description('Resource id of the managed identity that gets Storage Table Data Contributor on this account.')
param tableDataIdentityId string

@description('Principal (object) id of that identity.')
param tableDataPrincipalId string

@description('Tables the bot uses (src/JourneyBot/Storage/TableNames.cs); the app also creates them at start-up if missing.')
param tableNames string[] = [
  'Conversations'
  'Workshops'
  'ConversationWorkshops'
]

// Built-in role "Storage Table Data Contributor".
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160ba3a'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  // Named from values known before deployment so What-If can predict it.
  name: guid(account.id, tableDataIdentityId, tableDataContributorRoleId)
  scope: account
  properties: {
    principalId: tableDataPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
  }
}

@description('Table service endpoint, e.g. https://<account>.table.core.windows.net/.')
output tableServiceUri string = account.properties.primaryEndpoints.table
