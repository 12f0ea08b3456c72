namespace Fnavdl.Core.Issues;

/// <summary>
/// The names of the settings that messages to regions quote (« demandez à l'équipe nationale de relever la limite
/// (réglage Fnavdl__MaxUploadBytes) »). The hosts' settings object reads its keys from here, so a message never names
/// a setting that does not exist.
/// </summary>
public static class SettingNames
{
    /// <summary>The configuration section: environment variables and app settings spell it <c>Fnavdl__</c>.</summary>
    public const string Section = "Fnavdl";
    public const string MaxUploadBytes = "MaxUploadBytes";
    public const string MaxXlsxExpandedBytes = "MaxXlsxExpandedBytes";
    public const string RequestDeadlineSeconds = "RequestDeadlineSeconds";
    public const string FileDeadlineSeconds = "FileDeadlineSeconds";

    /// <summary>The environment variable of a setting, as Azure app settings spell nested keys.</summary>
    public static string EnvironmentVariable(string setting) => $"{Section}__{setting}";
}
