// FNAVDL pipeline on Azure: one resource group holding the storage account (uploads, raw archive,
// lake, reports, tables, queues), the Function App on Flex Consumption and its identity,
// monitoring, the Event Grid system topic, and the regions' and analysts' scoped access.
//
//   azd up                                   (azure.yaml at the repository root), or
//   az deployment sub create -l <region> -f infra/main.bicep -p environmentName=<env> location=<region>
//   then infra/scripts/create-eventgrid-subscription.sh once the code is deployed.
targetScope = 'subscription'

// ---------------------------------------------------------------------------------------------
// Names the app reads. tests/Fnavdl.Azure.Tests/InfraTemplateTests.cs checks them against
// Fnavdl.Azure.StorageNames.Default: keep both in step. Every container, table and queue below is
// created; the uploads container is also the blob trigger's path (IngestUpload.BlobPath).
// ---------------------------------------------------------------------------------------------
var containers = {
  uploads: 'uploads'
  raw: 'raw'
  curated: 'curated'
  gold: 'gold'
  syntheses: 'syntheses'
  reports: 'reports'
  locks: 'locks'
}
var tables = {
  ingestionsTable: 'ingestions'
  indicatorsTable: 'indicateurs'
}
var queues = {
  recomputeQueue: 'recalcul-indicateurs'
  // Where the blob trigger puts a file that failed 5 times (created ahead so it can be watched).
  blobTriggerPoisonQueue: 'webjobs-blobtrigger-poison'
}
// The Flex Consumption deployment package lives beside the data, readable by the app alone.
var deploymentContainerName = 'deployment-package'
// Containers analysts may read: the published data, not uploads, raw or reports.
var analystContainers = [containers.curated, containers.gold, containers.syntheses]

// ---------------------------------------------------------------------------------------------
// Parameters (all but the environment name and location have defaults).
// ---------------------------------------------------------------------------------------------
@minLength(1)
@maxLength(40)
@description('Environment name (azd: AZURE_ENV_NAME), e.g. "prod"; part of every resource name.')
param environmentName string

@minLength(1)
@description('Azure region of every resource, e.g. "francecentral".')
@metadata({ azd: { type: 'location' } })
param location string

@description('Resource group to create; empty: "rg-fnavdl-{environmentName}".')
param resourceGroupName string = ''

@description('Storage redundancy (Standard_LRS keeps the Archive tier; ZRS does not offer it).')
@allowed(['Standard_LRS', 'Standard_GRS', 'Standard_RAGRS'])
param storageSkuName string = 'Standard_LRS'

@description('Days a deleted blob or container stays restorable.')
@minValue(1)
@maxValue(365)
param softDeleteDays int = 30

@description('Days after its last write before a raw-archive blob moves to Cool.')
@minValue(1)
param rawCoolAfterDays int = 30

@description('Days after its last write before a raw-archive blob moves to Archive.')
@minValue(1)
param rawArchiveAfterDays int = 180

@description('Days an overwritten blob version is kept.')
@minValue(1)
param previousVersionRetentionDays int = 365

@description('Memory of each Function App instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Upper bound on the Function App\'s scale-out (a few hundred files a year need few).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Largest accepted upload, in bytes (Fnavdl__MaxUploadBytes; default 50 MiB as ReadLimits).')
@minValue(1)
param maxUploadBytes int = 52428800

@description('Largest uncompressed size of an XLSX package, in bytes (Fnavdl__MaxXlsxExpandedBytes; default 500 MiB as ReadLimits).')
@minValue(1)
param maxXlsxExpandedBytes int = 524288000

@description('NCRONTAB schedule of the yearly summary, in UTC (Fnavdl__YearlySummarySchedule; default 31 January 06:00).')
param yearlySummarySchedule string = '0 0 6 31 1 *'

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Daily log ingestion cap in GB (-1: no cap).')
param logDailyQuotaGb int = 1

@description('One Entra ID group of uploaders per region: writes under uploads/{codeRegion}/, reads reports/{codeRegion}/.')
param regionUploaders regionAccess[] = []

@description('Object id of the analysts\' Entra ID group (reads curated, gold, syntheses); empty: none.')
param analystsGroupObjectId string = ''

@description('Application (client) id of the regions\' sign-in app registration (App Service authentication, Entra ID, group claims); empty: no sign-in, the regions\' page answers 401.')
param signInClientId string = ''

@description('A region\'s uploader group.')
type regionAccess = {
  @description('INSEE region code, the first segment of the region\'s paths, e.g. "93".')
  @minLength(2)
  @maxLength(3)
  codeRegion: string

  @description('Object id of the region\'s Entra ID group.')
  @minLength(36)
  @maxLength(36)
  groupObjectId: string
}

// ---------------------------------------------------------------------------------------------
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'fnavdl'
}
var functionAppName = 'func-fnavdl-${resourceToken}'
var storageAccountName = 'stfnavdl${take(resourceToken, 13)}'
var applicationInsightsName = 'appi-fnavdl-${resourceToken}'
var uploadsSystemTopicName = 'evgt-fnavdl-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-fnavdl-${environmentName}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    containerNames: concat(map(items(containers), c => c.value), [deploymentContainerName])
    tableNames: map(items(tables), t => t.value)
    queueNames: map(items(queues), q => q.value)
    rawContainerName: containers.raw
    softDeleteDays: softDeleteDays
    rawCoolAfterDays: rawCoolAfterDays
    rawArchiveAfterDays: rawArchiveAfterDays
    previousVersionRetentionDays: previousVersionRetentionDays
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: 'log-fnavdl-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionDays: logRetentionDays
    dailyQuotaGb: logDailyQuotaGb
  }
}

// Before the app: its host reaches storage with these roles from its first start.
module appIdentity 'modules/app-identity.bicep' = {
  scope: rg
  params: {
    name: 'id-fnavdl-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
  }
  dependsOn: [storage, monitoring]
}

module functionApp 'modules/functionapp.bicep' = {
  scope: rg
  params: {
    planName: 'plan-fnavdl-${resourceToken}'
    appName: functionAppName
    location: location
    tags: tags
    identityId: appIdentity.outputs.id
    identityClientId: appIdentity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    storageNames: union(containers, tables, queues)
    maxUploadBytes: maxUploadBytes
    maxXlsxExpandedBytes: maxXlsxExpandedBytes
    yearlySummarySchedule: yearlySummarySchedule
    signInClientId: signInClientId
    // The front door maps a signed-in officer's group to a region with the same ids as the ABAC conditions.
    regionGroups: join(map(regionUploaders, region => '${region.codeRegion}=${region.groupObjectId}'), ';')
  }
}

module uploadsTopic 'modules/eventgrid-topic.bicep' = {
  scope: rg
  params: {
    name: uploadsSystemTopicName
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

module regionAccessAssignments 'modules/region-access.bicep' = [
  for region in regionUploaders: {
    name: 'region-access-${region.codeRegion}'
    scope: rg
    params: {
      storageAccountName: storageAccountName
      uploadsContainerName: containers.uploads
      reportsContainerName: containers.reports
      codeRegion: region.codeRegion
      groupObjectId: region.groupObjectId
    }
  }
]

module analystAccess 'modules/analyst-access.bicep' = if (!empty(analystsGroupObjectId)) {
  scope: rg
  params: {
    storageAccountName: storageAccountName
    containerNames: analystContainers
    groupObjectId: analystsGroupObjectId
  }
}

// Read by azd (environment values) and by infra/scripts/create-eventgrid-subscription.sh.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output UPLOADS_CONTAINER_NAME string = containers.uploads
output UPLOADS_SYSTEM_TOPIC_NAME string = uploadsTopic.outputs.name
