namespace Fnavdl.Core.Reading;

/// <summary>
/// The file cannot be read as its format says (corrupt XLSX, invalid JSON, undecodable text...).
/// Readers throw it with a French message for the region; the pipeline turns it into an error of
/// the validation report, never a stack trace.
/// </summary>
public sealed class UnreadableFileException(string code, string message, int? row = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
    public int? Row { get; } = row;
}
