using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// What one read of one upload may cost, and what it has cost so far: the cost model of
/// <c>Reading/README.md</c> as one object that every reader goes through. Allowances grow with the
/// bytes of the upload (with a constant floor), never with a size the file declares: the cells
/// rows hand to validation, the bytes a package inflates, the shared strings a workbook keeps.
/// Every charge also counts towards the next cancellation check, so a loop that charges its work
/// observes <see cref="CancellationToken"/> at least every <see cref="CheckInterval"/> units.
/// </summary>
/// <remarks>
/// One per read, single-threaded (a read is one enumeration at a time). A unit of work is a cell
/// or a row handed on, an issue raised, or <see cref="BytesPerUnit"/> bytes read or inflated.
/// </remarks>
internal sealed class ReadBudget
{
    /// <summary>Units of work between two looks at the cancellation token (a few thousand cells, 256 KiB of bytes).</summary>
    public const int CheckInterval = 4096;

    /// <summary>Bytes read or inflated that count as one unit of work.</summary>
    public const int BytesPerUnit = 64;

    /// <summary>Cells and rows handed to validation per byte of upload.</summary>
    public const long CellsPerByte = 4;

    /// <summary>Cells and rows any upload may hand to validation, however small.</summary>
    public const long CellsFloor = 1_000_000;

    /// <summary>Bytes a package (XLSX, ODS) may inflate to per byte of upload, all its parts and all their reads counted.</summary>
    public const long ExpansionRatio = 40;

    /// <summary>Bytes any package may inflate to, however small.</summary>
    public const long ExpandedFloor = 32L * 1024 * 1024;

    /// <summary>UTF-8 bytes of shared strings a workbook may keep per byte of upload.</summary>
    public const long SharedStringsPerByte = 32;

    /// <summary>UTF-8 bytes of shared strings any workbook may keep, however small.</summary>
    public const long SharedStringsFloor = 16L * 1024 * 1024;

    private int _untilCheck = CheckInterval;

    public ReadBudget(ReadLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        CancellationToken = cancellationToken;
    }

    public ReadLimits Limits { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Bytes of the upload, from the stream's position to its end (set by <see cref="Begin"/>).</summary>
    public long UploadBytes { get; private set; }

    /// <summary>Cells and rows charged so far (<see cref="Cells"/>).</summary>
    public long CellsSpent { get; private set; }

    /// <summary>Bytes inflated so far (<see cref="Inflated"/>).</summary>
    public long ExpandedSpent { get; private set; }

    /// <summary>Units of work charged so far, of every kind: what the cancellation checks are spaced by.</summary>
    public long Work { get; private set; }

    public long MaxCells => Math.Max(CellsFloor, CellsPerByte * UploadBytes);

    /// <summary>The expansion allowance, never above the <see cref="ReadLimits.MaxXlsxExpandedBytes"/> setting.</summary>
    public long MaxExpandedBytes => Math.Min(Limits.MaxXlsxExpandedBytes, Math.Max(ExpandedFloor, ExpansionRatio * UploadBytes));

    public long MaxSharedStringBytes => Math.Max(SharedStringsFloor, SharedStringsPerByte * UploadBytes);

    /// <summary>Called at each cancellation check, after the token was found not cancelled (tests watch the spacing of checks).</summary>
    internal Action? OnCheck { get; set; }

    /// <summary>Takes the upload's size from the stream a reader is handed (its position to its end).</summary>
    public void Begin(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek) UploadBytes = Math.Max(0, content.Length - content.Position);
        CancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Charges <paramref name="units"/> of work that hands nothing on (a scan, a skipped element, a header search).</summary>
    public void Spend(long units)
    {
        Work += units;
        _untilCheck -= (int)Math.Min(units, CheckInterval);
        if (_untilCheck <= 0) Check();
    }

    /// <summary>Charges <paramref name="count"/> bytes read from the upload itself.</summary>
    public void Read(int count) => Spend(count / BytesPerUnit + 1);

    /// <summary>
    /// Charges one row handed to validation and its <paramref name="nonEmptyCells"/>; refuses the file
    /// at <paramref name="row"/> once the rows and cells exceed what its bytes can hold.
    /// </summary>
    /// <exception cref="UnreadableFileException">Past <see cref="MaxCells"/>.</exception>
    public void Cells(int row, int nonEmptyCells)
    {
        var units = 1L + nonEmptyCells;
        CellsSpent += units;
        if (CellsSpent > MaxCells)
        {
            throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.Cellules.Format(
                ("Ligne", row), ("MaxCellules", MessageNumbers.GroupThousands(MaxCells.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                ("Taille", ByteSizeText.Format(UploadBytes))), row);
        }
        Spend(units);
    }

    /// <summary>Charges <paramref name="count"/> bytes inflated from <paramref name="part"/> of a package.</summary>
    /// <exception cref="UnreadableFileException">Past <see cref="MaxExpandedBytes"/>.</exception>
    public void Inflated(int count, string part)
    {
        ExpandedSpent += count;
        if (ExpandedSpent > MaxExpandedBytes)
        {
            throw new UnreadableFileException(IssueCatalog.FichierDisproportionne.Decompresse.Format(
                ("Partie", part), ("Limite", ByteSizeText.Format(MaxExpandedBytes)), ("Taille", ByteSizeText.Format(UploadBytes)),
                ("Facteur", ExpansionRatio)));
        }
        Spend(count / BytesPerUnit + 1);
    }

    /// <summary>A stream that charges every byte read through it to this budget (<see cref="Read"/>).</summary>
    public Stream Meter(Stream content) => new MeteredStream(content, this, part: null, leaveOpen: true);

    /// <summary>A package part whose every inflated byte is charged (<see cref="Inflated"/>); disposing it disposes <paramref name="part"/>.</summary>
    public Stream MeterPart(Stream part, string name) => new MeteredStream(part, this, name, leaveOpen: false);

    /// <summary>
    /// A binary part (an .xlsb sheet, an .xls workbook stream) whose every byte read is charged as inflated
    /// (<see cref="Inflated"/>), every pass over it counted; no markup rule. Disposing it disposes
    /// <paramref name="part"/> unless <paramref name="leaveOpen"/>.
    /// </summary>
    public Stream MeterBinaryPart(Stream part, string name, bool leaveOpen = false) =>
        new MeteredStream(part, this, name, leaveOpen, markup: false);

    private void Check()
    {
        _untilCheck = CheckInterval;
        CancellationToken.ThrowIfCancellationRequested();
        OnCheck?.Invoke();
    }
}
