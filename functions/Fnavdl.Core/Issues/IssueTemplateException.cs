namespace Fnavdl.Core.Issues;

/// <summary>
/// A rule formatted a catalogue template with a missing, unknown or repeated argument: a bug of ours,
/// never the file's. It derives from <see cref="Exception"/> only, so no reader guard mistakes it for
/// an unreadable file.
/// </summary>
internal sealed class IssueTemplateException(string message) : Exception(message);
