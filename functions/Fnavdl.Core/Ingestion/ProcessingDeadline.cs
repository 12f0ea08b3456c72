using System.Globalization;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// The one wording of a deadline that stopped a file: the front door's per-request deadline (a check on the page)
/// and the per-file deadline of an ingestion (the Function, <c>fnavdl ingest</c>, a deposit on <c>fnavdl serve</c>).
/// </summary>
public static class ProcessingDeadline
{
    /// <summary>A check on the front door stopped at <c>Fnavdl__RequestDeadlineSeconds</c>.</summary>
    public static IssueMessage Verification(TimeSpan deadline) => IssueCatalog.DelaiDepasse.Verification.Format(
        ("Delai", Text(deadline)), ("Reglage", SettingNames.EnvironmentVariable(SettingNames.RequestDeadlineSeconds)));

    /// <summary>An ingestion stopped at <c>Fnavdl__FileDeadlineSeconds</c>.</summary>
    public static IssueMessage Integration(TimeSpan deadline) => IssueCatalog.DelaiDepasse.Integration.Format(
        ("Delai", Text(deadline)), ("Reglage", SettingNames.EnvironmentVariable(SettingNames.FileDeadlineSeconds)));

    /// <summary>"2 min", "1 min 30 s", "45 s", "0,5 s": a duration as a French reader writes it.</summary>
    public static string Text(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
            return duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', ',') + " s";
        var minutes = (long)duration.TotalMinutes;
        var seconds = duration.Seconds;
        return (minutes, seconds) switch
        {
            (0, _) => string.Create(CultureInfo.InvariantCulture, $"{seconds} s"),
            (_, 0) => string.Create(CultureInfo.InvariantCulture, $"{minutes} min"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{minutes} min {seconds} s"),
        };
    }
}
