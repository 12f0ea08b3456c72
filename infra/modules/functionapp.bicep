// The Function App on the Flex Consumption plan (Linux, pay per execution, scales to zero).
// Everything it reaches, it reaches with its user-assigned identity: host storage, the pipeline's
// storage (connection "FnavdlStorage"), its deployment package and Application Insights.

param planName string
param appName string
param location string
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (selects it among the app\'s identities).')
param identityClientId string

param storageAccountName string
param blobEndpoint string
param queueEndpoint string
param tableEndpoint string

@description('Container receiving the deployment package (Flex Consumption "one deploy").')
param deploymentContainerName string

param applicationInsightsConnectionString string

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Upper bound on scale-out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Names of the pipeline\'s containers, tables and queues, as the app reads them.')
param storageNames object

param maxUploadBytes int
param maxXlsxExpandedBytes int
param yearlySummarySchedule string

@description('Client id of the regions\' sign-in app registration; empty: App Service authentication stays off.')
param signInClientId string

@description('Region uploader groups, "93=<group object id>;84=…" (Fnavdl__RegionGroups).')
param regionGroups string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  // azd finds the app to deploy the "functions" service to by this tag.
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Event Grid delivers to the blobs extension webhook over the public endpoint.
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // Every setting name here is listed in infra/app-settings.names.json (checked by
  // tests/Fnavdl.Azure.Tests/InfraTemplateTests.cs). Flex Consumption takes the runtime and
  // worker from functionAppConfig: FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION and
  // WEBSITE_RUN_FROM_PACKAGE are not allowed here.
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // The host's own storage, identity-based.
      AzureWebJobsStorage__accountName: storageAccountName
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId

      // Telemetry, sent with the identity (the resource refuses instrumentation-key-only ingestion).
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

      // The pipeline's storage: the blob trigger's connection and the store (StorageSettings.ConnectionName).
      FnavdlStorage__blobServiceUri: blobEndpoint
      FnavdlStorage__queueServiceUri: queueEndpoint
      FnavdlStorage__tableServiceUri: tableEndpoint
      FnavdlStorage__credential: 'managedidentity'
      FnavdlStorage__clientId: identityClientId

      // Names of the containers, tables and queue (configuration section Fnavdl:Storage).
      Fnavdl__Storage__Uploads: storageNames.uploads
      Fnavdl__Storage__Raw: storageNames.raw
      Fnavdl__Storage__Curated: storageNames.curated
      Fnavdl__Storage__Gold: storageNames.gold
      Fnavdl__Storage__Syntheses: storageNames.syntheses
      Fnavdl__Storage__Reports: storageNames.reports
      Fnavdl__Storage__Locks: storageNames.locks
      Fnavdl__Storage__IngestionsTable: storageNames.ingestionsTable
      Fnavdl__Storage__IndicatorsTable: storageNames.indicatorsTable
      Fnavdl__Storage__RecomputeQueue: storageNames.recomputeQueue

      // Limits and schedule (configuration section Fnavdl).
      Fnavdl__MaxUploadBytes: string(maxUploadBytes)
      Fnavdl__MaxXlsxExpandedBytes: string(maxXlsxExpandedBytes)
      Fnavdl__YearlySummarySchedule: yearlySummarySchedule

      // The regions' front door: Entra ID group object id → region (configuration Fnavdl:RegionGroups).
      Fnavdl__RegionGroups: regionGroups
    }
  }

  // App Service built-in authentication (Easy Auth) signs the regions' officers in with Entra ID
  // and hands the app their principal (X-MS-CLIENT-PRINCIPAL, group claims). Anonymous requests
  // still reach the app: the page shows a sign-in link and the API answers 401 itself, and the
  // blobs extension webhook and the function-key APIs keep working. No client secret: the
  // sign-in uses the ID token only.
  resource authSettings 'config' = if (!empty(signInClientId)) {
    name: 'authsettingsV2'
    properties: {
      platform: { enabled: true }
      globalValidation: {
        requireAuthentication: false
        unauthenticatedClientAction: 'AllowAnonymous'
      }
      httpSettings: { requireHttps: true }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            clientId: signInClientId
            openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          }
          validation: {
            allowedAudiences: [signInClientId, 'api://${signInClientId}']
          }
        }
      }
      login: {
        tokenStore: { enabled: false }
      }
    }
  }
}

// Deployment goes through Entra ID (azd, az functionapp deployment): no FTP or basic-auth SCM
// credentials exist to leak.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
