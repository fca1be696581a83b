// The Azure resources of Verksamhetsplan, deployed into one resource group by `arm/deploy` in
// teamsapp.yml with azure.parameters.json; the outputs are written to env/.env.<env>.
//
// Modelled on the Azure Functions Flex Consumption TypeScript quick start: a Function App on Flex
// Consumption with a managed identity, its storage reached by that identity (no keys), Application
// Insights over Log Analytics with Entra-only ingestion. The tab calls the API at its own origin
// (`api/…` below the page, tabs/src/api/client.ts), so Front Door serves both at one address: /api/* from
// the Function App, everything else from the storage account's static website. Hence no CORS, and no
// Static Web Apps: their linked API backends replace the Authorization header the API checks.
// infra/bicep.test.ts checks the parameters, outputs, names and app settings against the yml and config.

@minLength(4)
@maxLength(14)
@description('Start of every resource name: lowercase letters and digits only, as storage account names require.')
param resourceBaseName string

@description('Region of everything but Front Door (global): one that offers Flex Consumption, e.g. swedencentral.')
param location string = resourceGroup().location

@description('Application (client) id of the app registration: the API checks tokens against it (AZURE_CLIENT_ID).')
param aadAppClientId string

@description('Directory (tenant) id of the app registration (AZURE_TENANT_ID).')
param aadAppTenantId string

@description('The Teams app id (TEAMS_APP_ID, the manifest\'s id): the button of an approval\'s channel card opens the tab through it.')
param teamsAppId string

@description('The förvaltning\'s SharePoint site as Graph names it: host,siteCollectionId,webId.')
param sharePointSiteId string

@description('Prefix of the SharePoint list names.')
param sharePointListPrefix string = 'VP'

@allowed([
  '20'
  '22'
])
@description('Node.js version of the Functions (package.json engines: >= 20.19).')
param nodeVersion string = '20'

@minValue(1)
@maxValue(1000)
@description('Most instances Flex Consumption scales out to.')
param maximumInstanceCount int = 40

var logAnalyticsName = '${resourceBaseName}-logs'
var appInsightsName = '${resourceBaseName}-appi'
var functionStorageName = '${resourceBaseName}func'
var deploymentContainerName = 'app-package'
var planName = '${resourceBaseName}-plan'
var functionAppName = '${resourceBaseName}-api'
var tabStorageName = '${resourceBaseName}tab'
var frontDoorName = '${resourceBaseName}-fd'
var endpointName = resourceBaseName

// Built-in role definitions
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

// Sampling is set where the telemetry is made: functions/host.json (requests are never sampled).
resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    // Telemetry only from an Entra identity (the Function App's), not from anyone holding the key.
    DisableLocalAuth: true
  }
}

// The Functions host's own storage (locks, timers) and the deployment package: identity only.
resource functionStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: functionStorageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource functionBlobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: functionStorage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: functionBlobs
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${functionStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'node'
        version: nodeVersion
      }
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

// What functions/src/config.ts reads, and the host's identity-based connections. Flex Consumption
// takes the runtime from functionAppConfig: no FUNCTIONS_WORKER_RUNTIME or WEBSITE_RUN_FROM_PACKAGE.
resource functionAppSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__blobServiceUri: functionStorage.properties.primaryEndpoints.blob
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    AUTH_MODE: 'entra'
    AZURE_TENANT_ID: aadAppTenantId
    AZURE_CLIENT_ID: aadAppClientId
    API_APP_ID_URI: 'api://${endpoint.properties.hostName}/${aadAppClientId}'
    STORE: 'sharepoint'
    SHAREPOINT_SITE_ID: sharePointSiteId
    SHAREPOINT_LIST_PREFIX: sharePointListPrefix
    TEAMS_APP_ID: teamsAppId
    TAB_ENDPOINT: 'https://${endpoint.properties.hostName}'
  }
  dependsOn: [
    functionStorageOwner
    telemetryPublisher
  ]
}

resource functionStorageOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(functionStorage.id, functionApp.id, storageBlobDataOwner)
  scope: functionStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The tab's files (static website, enabled by azureStorage/enableStaticWebsite in teamsapp.yml). The
// toolkit's upload signs with an account SAS, which needs shared keys; this account holds only the
// tab's public files, nothing of the plans.
resource tabStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: tabStorageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

var tabOriginHost = replace(replace(tabStorage.properties.primaryEndpoints.web, 'https://', ''), '/', '')

resource frontDoor 'Microsoft.Cdn/profiles@2024-02-01' = {
  name: frontDoorName
  location: 'global'
  sku: {
    name: 'Standard_AzureFrontDoor'
  }
  properties: {
    // Word exports of large plans take a while; Front Door's default is 60 s.
    originResponseTimeoutSeconds: 120
  }
}

resource endpoint 'Microsoft.Cdn/profiles/afdEndpoints@2024-02-01' = {
  parent: frontDoor
  name: endpointName
  location: 'global'
  properties: {
    enabledState: 'Enabled'
  }
}

resource apiOriginGroup 'Microsoft.Cdn/profiles/originGroups@2024-02-01' = {
  parent: frontDoor
  name: 'api'
  properties: {
    loadBalancingSettings: {
      sampleSize: 4
      successfulSamplesRequired: 3
      additionalLatencyInMilliseconds: 50
    }
  }
}

resource apiOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2024-02-01' = {
  parent: apiOriginGroup
  name: 'function-app'
  properties: {
    hostName: functionApp.properties.defaultHostName
    originHostHeader: functionApp.properties.defaultHostName
    httpsPort: 443
    priority: 1
    weight: 1000
    enforceCertificateNameCheck: true
  }
}

resource tabOriginGroup 'Microsoft.Cdn/profiles/originGroups@2024-02-01' = {
  parent: frontDoor
  name: 'tab'
  properties: {
    loadBalancingSettings: {
      sampleSize: 4
      successfulSamplesRequired: 3
      additionalLatencyInMilliseconds: 50
    }
  }
}

resource tabOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2024-02-01' = {
  parent: tabOriginGroup
  name: 'static-website'
  properties: {
    hostName: tabOriginHost
    originHostHeader: tabOriginHost
    httpsPort: 443
    priority: 1
    weight: 1000
    enforceCertificateNameCheck: true
  }
}

// The API is never cached: every answer depends on the caller's token.
resource apiRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2024-02-01' = {
  parent: endpoint
  name: 'api'
  properties: {
    originGroup: {
      id: apiOriginGroup.id
    }
    patternsToMatch: [
      '/api/*'
    ]
    supportedProtocols: [
      'Http'
      'Https'
    ]
    httpsRedirect: 'Enabled'
    forwardingProtocol: 'HttpsOnly'
    linkToDefaultDomain: 'Enabled'
  }
  dependsOn: [
    apiOrigin
  ]
}

// The tab's files, cached and compressed at the edge (the static website sends them uncompressed);
// deploy purges the cache after uploading.
resource tabRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2024-02-01' = {
  parent: endpoint
  name: 'tab'
  properties: {
    originGroup: {
      id: tabOriginGroup.id
    }
    patternsToMatch: [
      '/*'
    ]
    supportedProtocols: [
      'Http'
      'Https'
    ]
    httpsRedirect: 'Enabled'
    forwardingProtocol: 'HttpsOnly'
    linkToDefaultDomain: 'Enabled'
    cacheConfiguration: {
      queryStringCachingBehavior: 'UseQueryString'
      compressionSettings: {
        isCompressionEnabled: true
        contentTypesToCompress: [
          'text/html'
          'text/css'
          'application/javascript'
          'text/javascript'
          'application/json'
          'image/svg+xml'
        ]
      }
    }
  }
  dependsOn: [
    tabOrigin
    apiRoute
  ]
}

output TAB_DOMAIN string = endpoint.properties.hostName
output TAB_ENDPOINT string = 'https://${endpoint.properties.hostName}'
output TAB_STORAGE_RESOURCE_ID string = tabStorage.id
output FUNCTION_APP_NAME string = functionApp.name
output FUNCTION_APP_PRINCIPAL_ID string = functionApp.identity.principalId
output APPLICATION_INSIGHTS_NAME string = appInsights.name
output FRONT_DOOR_PROFILE_NAME string = frontDoor.name
output FRONT_DOOR_ENDPOINT_NAME string = endpoint.name
