namespace Fnavdl.Core.Reading;

/// <summary>Reads one file format into raw tables. Implementations stream rows lazily.</summary>
public interface IReportReader
{
    /// <summary>
    /// Tables of the file, in order. The stream is readable and seekable; the reader does not
    /// dispose it. Throws <see cref="UnreadableFileException"/> for a file it cannot read.
    /// </summary>
    IEnumerable<RawTable> Read(Stream content, ReadLimits limits);
}
