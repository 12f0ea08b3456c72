using System.Text.Json;
using Azure.Storage.Queues;
using Fnavdl.Core.Indicators.Refresh;

namespace Fnavdl.Azure;

/// <summary>
/// Recompute requests as JSON messages <c>{"annee":2021,"generation":7}</c> on a storage queue.
/// The client must encode messages in Base64, the Functions queue trigger's default encoding
/// (clients from <see cref="AzureStorageConnection.Queues"/> do).
/// </summary>
public sealed class AzureRecomputeQueue(QueueClient queue) : IRecomputeQueue
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public QueueClient Queue { get; } = queue ?? throw new ArgumentNullException(nameof(queue));

    public async Task EnqueueAsync(RecomputeRequest request, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await Queue.SendMessageAsync(Serialize(request), visibilityTimeout: delay, cancellationToken: cancellationToken);
    }

    public static string Serialize(RecomputeRequest request) => JsonSerializer.Serialize(request, Json);

    public static RecomputeRequest Deserialize(string message) =>
        JsonSerializer.Deserialize<RecomputeRequest>(message, Json) ?? throw new InvalidDataException($"Empty recompute request: '{message}'.");
}
