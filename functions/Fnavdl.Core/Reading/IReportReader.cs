namespace Fnavdl.Core.Reading;

/// <summary>Reads one file format into raw tables. Implementations stream rows lazily.</summary>
internal interface IReportReader
{
    /// <summary>
    /// Tables of the file, in order. The stream is readable and seekable; the reader does not
    /// dispose it. Throws <see cref="UnreadableFileException"/> for a file it cannot read, or one
    /// that would cost more than <paramref name="budget"/> allows (see Reading/README.md), and
    /// <see cref="OperationCanceledException"/> once the budget's token is cancelled, rows included:
    /// every pass charges its work to <paramref name="budget"/> (<see cref="ReadBudget.Begin"/> first,
    /// input through <see cref="ReadBudget.Meter"/> or <see cref="ReadBudget.MeterPart"/>, rows through
    /// <see cref="RawRowBuilder"/>).
    /// </summary>
    IEnumerable<RawTable> Read(Stream content, ReadBudget budget);
}
