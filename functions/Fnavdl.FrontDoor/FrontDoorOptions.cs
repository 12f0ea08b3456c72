using Fnavdl.Core.Reading;
using Fnavdl.FrontDoor.Hosting;

namespace Fnavdl.FrontDoor;

/// <summary>What the front door is given by its host: the reading limits and the request deadline of the host's settings.</summary>
/// <param name="Limits">The limits a checked file obeys (upload size, XLSX expansion, the readers' budgets).</param>
/// <param name="RequestDeadline">How long one request may take, reading its body and checking its file.</param>
public sealed record FrontDoorOptions(ReadLimits Limits, TimeSpan RequestDeadline)
{
    /// <summary>How many deposits the follow-up list shows.</summary>
    public int MaxListed { get; init; } = 100;

    public static FrontDoorOptions From(FnavdlSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.ReadLimits, settings.RequestDeadline);
    }
}
