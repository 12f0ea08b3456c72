using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Fnavdl.Azure;

/// <summary>
/// The service clients of one storage account, built from a connection string (Azurite,
/// "UseDevelopmentStorage=true", account key) or from service URLs and an Entra ID credential.
/// </summary>
public sealed class AzureStorageConnection
{
    private AzureStorageConnection(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues)
    {
        Blobs = blobs;
        Tables = tables;
        Queues = queues;
    }

    /// <summary>
    /// Base64 message bodies: what the Functions queue trigger expects by default, so messages this
    /// client sends are the ones the trigger can read.
    /// </summary>
    private static QueueClientOptions QueueOptions => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public BlobServiceClient Blobs { get; }
    public TableServiceClient Tables { get; }
    public QueueServiceClient Queues { get; }

    public static AzureStorageConnection FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new(new BlobServiceClient(connectionString), new TableServiceClient(connectionString), new QueueServiceClient(connectionString, QueueOptions));
    }

    public static AzureStorageConnection FromServiceUris(Uri blobServiceUri, Uri tableServiceUri, Uri queueServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(queueServiceUri);
        ArgumentNullException.ThrowIfNull(credential);
        return new(new BlobServiceClient(blobServiceUri, credential), new TableServiceClient(tableServiceUri, credential), new QueueServiceClient(queueServiceUri, credential, QueueOptions));
    }

    /// <summary>
    /// From the blob endpoint alone ("https://account.blob.core.windows.net"): the table and queue
    /// endpoints follow the public-cloud naming. <paramref name="credential"/> defaults to
    /// <see cref="DefaultAzureCredential"/>.
    /// </summary>
    public static AzureStorageConnection FromAccountUrl(Uri blobServiceUri, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        return FromServiceUris(
            blobServiceUri, SiblingEndpoint(blobServiceUri, "table"), SiblingEndpoint(blobServiceUri, "queue"),
            credential ?? new DefaultAzureCredential());
    }

    /// <summary>
    /// From settings named like the Functions host's own connections, read through
    /// <paramref name="setting"/> (configuration keys, ':'-separated; an environment variable
    /// "FnavdlStorage__blobServiceUri" is the key "FnavdlStorage:blobServiceUri"):
    /// <list type="bullet">
    /// <item>"{name}" — a connection string (local runs, Azurite);</item>
    /// <item>"{name}:blobServiceUri", "{name}:tableServiceUri", "{name}:queueServiceUri" — identity-based,
    /// with "{name}:credential" = "managedidentity" and optional "{name}:clientId" (user-assigned
    /// identity); without "credential", <see cref="DefaultAzureCredential"/>. Missing table/queue URIs
    /// are derived from the blob one.</item>
    /// </list>
    /// </summary>
    public static AzureStorageConnection FromSettings(string name, Func<string, string?> setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(setting);
        if (setting(name) is { Length: > 0 } connectionString)
            return FromConnectionString(connectionString);

        var blobUri = setting($"{name}:blobServiceUri") is { Length: > 0 } b
            ? new Uri(b)
            : throw new InvalidOperationException(
                $"Storage connection '{name}' is not configured: set '{name}' (connection string) or '{name}__blobServiceUri' (identity-based).");
        var tableUri = setting($"{name}:tableServiceUri") is { Length: > 0 } t ? new Uri(t) : SiblingEndpoint(blobUri, "table");
        var queueUri = setting($"{name}:queueServiceUri") is { Length: > 0 } q ? new Uri(q) : SiblingEndpoint(blobUri, "queue");
        return FromServiceUris(blobUri, tableUri, queueUri, CredentialFrom(setting($"{name}:credential"), setting($"{name}:clientId")));
    }

    private static TokenCredential CredentialFrom(string? kind, string? clientId)
    {
        var hasClientId = !string.IsNullOrWhiteSpace(clientId);
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
            return new ManagedIdentityCredential(hasClientId ? ManagedIdentityId.FromUserAssignedClientId(clientId!) : ManagedIdentityId.SystemAssigned);
        if (!string.IsNullOrWhiteSpace(kind))
            throw new InvalidOperationException($"Unknown storage credential '{kind}' (expected 'managedidentity').");
        return new DefaultAzureCredential(hasClientId ? new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId } : new DefaultAzureCredentialOptions());
    }

    private static Uri SiblingEndpoint(Uri blobServiceUri, string service)
    {
        const string blobLabel = ".blob.";
        var host = blobServiceUri.Host;
        var at = host.IndexOf(blobLabel, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            throw new ArgumentException(
                $"Cannot derive the {service} endpoint from '{blobServiceUri}': give it explicitly.", nameof(blobServiceUri));
        var builder = new UriBuilder(blobServiceUri) { Host = host[..at] + "." + service + "." + host[(at + blobLabel.Length)..] };
        return builder.Uri;
    }
}
