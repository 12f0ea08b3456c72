using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// The file cannot be read as its format says (corrupt XLSX, invalid JSON, undecodable text...).
/// Readers throw it with a catalogue message for the region; the pipeline turns it into an error of
/// the validation report, never a stack trace.
/// </summary>
internal sealed class UnreadableFileException(IssueMessage issue, int? row = null, Exception? inner = null)
    : Exception(issue.Text, inner)
{
    public IssueMessage Issue { get; } = issue;
    public string Code => Issue.Code;
    public int? Row { get; } = row;
}
