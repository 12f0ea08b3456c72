// One region's access: it writes its own files under uploads/{codeRegion}/ and reads its own
// reports under reports/{codeRegion}/, and sees nothing of the other regions. The roles are
// scoped to one container each and narrowed further by an ABAC condition on the blob path.
import { builtInRoles } from 'role-ids.bicep'

param storageAccountName string
param uploadsContainerName string
param reportsContainerName string

@description('INSEE region code, the first segment of the region\'s blob paths.')
@minLength(2)
@maxLength(3)
param codeRegion string

@description('Object id of the Entra ID group of the region\'s uploaders.')
param groupObjectId string

// The trailing '/' matters: '9' must not match '93/'.
var prefix = '${codeRegion}/'

var blobAction = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'

// Every blob data action of Storage Blob Data Contributor, except listing (it has no blob path):
// allowed only on paths under the region's prefix. Listing is allowed only with that prefix, so
// Storage Explorer shows the region's folder and no other region's file names.
var uploadsCondition = '''
(
 (
  !(ActionMatches{'${blobAction}/read'} AND NOT SubOperationMatches{'Blob.List'})
  AND
  !(ActionMatches{'${blobAction}/write'})
  AND
  !(ActionMatches{'${blobAction}/add/action'})
  AND
  !(ActionMatches{'${blobAction}/delete'})
  AND
  !(ActionMatches{'${blobAction}/move/action'})
 )
 OR
 (
  @Resource[${blobAction}:path] StringStartsWith '${prefix}'
 )
)
AND
(
 (
  !(ActionMatches{'${blobAction}/read'} AND SubOperationMatches{'Blob.List'})
 )
 OR
 (
  @Request[${blobAction}:prefix] StringStartsWith '${prefix}'
 )
)'''

// Storage Blob Data Reader has a single data action (read): reading a report and listing both
// limited to the region's prefix.
var reportsCondition = '''
(
 (
  !(ActionMatches{'${blobAction}/read'} AND NOT SubOperationMatches{'Blob.List'})
 )
 OR
 (
  @Resource[${blobAction}:path] StringStartsWith '${prefix}'
 )
)
AND
(
 (
  !(ActionMatches{'${blobAction}/read'} AND SubOperationMatches{'Blob.List'})
 )
 OR
 (
  @Request[${blobAction}:prefix] StringStartsWith '${prefix}'
 )
)'''

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource uploads 'containers' existing = {
      name: uploadsContainerName
    }

    resource reports 'containers' existing = {
      name: reportsContainerName
    }
  }
}

resource uploadWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::uploads.id, groupObjectId, builtInRoles.storageBlobDataContributor)
  scope: account::blobService::uploads
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.storageBlobDataContributor)
    principalId: groupObjectId
    principalType: 'Group'
    description: 'Region ${codeRegion}: uploads under ${prefix} only.'
    conditionVersion: '2.0'
    condition: replace(replace(uploadsCondition, '\${blobAction}', blobAction), '\${prefix}', prefix)
  }
}

resource reportReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::reports.id, groupObjectId, builtInRoles.storageBlobDataReader)
  scope: account::blobService::reports
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', builtInRoles.storageBlobDataReader)
    principalId: groupObjectId
    principalType: 'Group'
    description: 'Region ${codeRegion}: reports under ${prefix} only.'
    conditionVersion: '2.0'
    condition: replace(replace(reportsCondition, '\${blobAction}', blobAction), '\${prefix}', prefix)
  }
}
