namespace Fnavdl.Functions;

/// <summary>Names of the app settings the Functions app reads.</summary>
public static class StorageSettings
{
    /// <summary>The storage connection of the trigger and the store (must match the trigger's Connection).</summary>
    public const string ConnectionName = "FnavdlStorage";
}
