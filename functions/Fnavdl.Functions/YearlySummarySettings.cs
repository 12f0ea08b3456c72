namespace Fnavdl.Functions;

/// <summary>The yearly summary's timer setting (<c>Fnavdl__YearlySummarySchedule</c>, NCRONTAB, UTC).</summary>
public static class YearlySummarySettings
{
    /// <summary>The binding expression of the timer: resolved by the Functions host from the app settings.</summary>
    public const string ScheduleExpression = "%Fnavdl:YearlySummarySchedule%";

    /// <summary>
    /// 31 January, 06:00 UTC: regions have had the month to send their last files of the year before.
    /// The host, not this worker, resolves the timer's expression from the app settings, so the default
    /// is given where settings are made: infra/main.bicep (parameter yearlySummarySchedule) and
    /// local.settings.json for local runs. A test checks the Bicep default equals this one.
    /// </summary>
    public const string DefaultSchedule = "0 0 6 31 1 *";
}
