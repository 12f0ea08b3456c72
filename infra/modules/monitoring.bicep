// Logs and telemetry. Application Insights accepts only Entra ID-authenticated ingestion
// (disableLocalAuth): the app sends with its managed identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING),
// so the instrumentation key in the connection string is not a credential.

param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object

@description('Days Log Analytics keeps the logs (30 is included in the ingestion price).')
@minValue(30)
@maxValue(730)
param retentionDays int

@description('Daily ingestion cap in GB, a guard against a runaway log loop (-1: none).')
param dailyQuotaGb int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionDays
    workspaceCapping: { dailyQuotaGb: dailyQuotaGb }
    features: { disableLocalAuth: true }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

output applicationInsightsName string = applicationInsights.name
output connectionString string = applicationInsights.properties.ConnectionString
