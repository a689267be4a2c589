// Workspace-based Application Insights: the app sends telemetry, Log Analytics stores it.

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param insightsName string

@description('Azure region.')
param location string

@description('Days Log Analytics keeps data.')
param retentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

// Not a secret: it identifies where telemetry goes and grants no read access.
@description('Connection string the app reads from APPLICATIONINSIGHTS_CONNECTION_STRING.')
output insightsConnectionString string = insights.properties.ConnectionString
