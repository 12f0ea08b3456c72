using Fnavdl.Core.Storage;

namespace Fnavdl.FrontDoor;

/// <summary>The outcome names the page shows for a deposit.</summary>
public static class DepositOutcome
{
    public const string Accepte = "accepte";
    public const string Refuse = "refuse";
    public const string Inchange = "inchange";
    public const string Depasse = "depasse";
    public const string EnCours = "en_cours";

    /// <summary>
    /// A failed processing is retried by the trigger (then poisoned after a few attempts, for an
    /// operator): for the region it is still in progress, never a verdict on its file.
    /// </summary>
    public static string Of(IngestionOutcome outcome) => outcome switch
    {
        IngestionOutcome.Accepted => Accepte,
        IngestionOutcome.Rejected => Refuse,
        IngestionOutcome.Unchanged => Inchange,
        IngestionOutcome.Superseded => Depasse,
        _ => EnCours,
    };
}
