namespace Fnavdl.Cli;

/// <summary>A setting of the environment (<c>Fnavdl__…</c>) is not valid: a usage error, told in French, exit 2.</summary>
internal sealed class CliSettingsException(string message) : Exception(message);
