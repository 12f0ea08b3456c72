using Fnavdl.Core.Reading;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// Cancellation bites on every costly input: a validation looks at its token at least every few
/// megabytes it allocates (a deterministic stand-in for "within a second", which a test may not time),
/// and once the token is cancelled it stops with <see cref="OperationCanceledException"/> before
/// allocating that much again. The inputs are the cost model's worst cases, one per loop that can run long.
/// </summary>
public sealed class CancellationTests : IDisposable
{
    /// <summary>
    /// Most bytes a validation may allocate between two looks at its token: 4 096 units of work, or one
    /// header matched against the three kinds (at most 16 384 columns, ~1.3 KB each: a few milliseconds).
    /// </summary>
    private const long MaxBetweenChecks = 24_000_000;

    private static readonly ReportValidator Validator = TestServices.Validator();
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    public static TheoryData<string> Inputs => [.. Files.Keys];

    /// <summary>
    /// A CSV record is parsed by Sep in one step, its column bounds and characters held while it lasts:
    /// up to ~48 bytes per column of a record (at most <see cref="Fnavdl.Core.Reading.ReadLimits.MaxRecordChars"/>
    /// characters), the one allocation between checks that grows with the record, not with the file.
    /// </summary>
    private const long SepRecordBytesPerChar = 64;

    private static readonly Dictionary<string, Func<byte[]>> Files = new()
    {
        ["delimiteurs.csv"] = () => CostlyFiles.CsvOfDelimiters(1_048_566),
        ["lignes-minuscules.csv"] = () => CostlyFiles.Utf8(string.Join(';', CostlyFiles.Header) + "\n" + string.Concat(Enumerable.Repeat("x\n", 100_000))),
        ["cles.json"] = () => CostlyFiles.JsonKeysThenEmptyObjects(16_000, 200_000),
        ["xfd.xlsx"] = () => CostlyFiles.XlsxCellsAtLastColumn(20_000),
        ["textes.xlsx"] = () => CostlyFiles.XlsxLongSharedStrings(400, 32_000),
        ["feuilles.xlsx"] = () => CostlyFiles.Xlsx([.. Enumerable.Repeat(
            string.Concat(Enumerable.Range(1, 30).Select(r => $"<row r=\"{r}\"><c r=\"XFD{r}\"><v>1</v></c></row>")), 300)]),
        ["repetitions.ods"] = () => CostlyFiles.OdsRepeatedCells(20, 200),
        ["feuilles.ods"] = () => CostlyFiles.OdsManySheets(30_000),
        ["feuilles-declarees.xls"] = () => CostlyBinaryWorkbooks.XlsDeclaredSheets(300),
        ["iv.xls"] = () => CostlyBinaryWorkbooks.XlsCellsAtLastColumn(CostlyFiles.Header, 60_000),
        ["textes.xls"] = () => CostlyBinaryWorkbooks.XlsLongSharedStrings(CostlyFiles.Header, 40, 32_000, 20_000),
        ["denses.xls"] = () => CostlyBinaryWorkbooks.XlsDenseRows(CostlyFiles.Header, 3_000),
        ["xfd.xlsb"] = () => CostlyBinaryWorkbooks.XlsbCellsAtLastColumn(CostlyFiles.Header, 20_000),
        ["courtes.xlsb"] = () => CostlyBinaryWorkbooks.XlsbDenseShortCells(CostlyFiles.Header, 100_000),
        ["textes.xlsb"] = () => CostlyBinaryWorkbooks.XlsbLongSharedStrings(CostlyFiles.Header, 400, 32_000),
        ["feuilles.xlsb"] = () => CostlyBinaryWorkbooks.XlsbManySheets(3_000),
    };

    private static Task<Fnavdl.Core.Validation.Report.ValidationReport> Validate(byte[] file, string name, ReadBudget budget) =>
        Validator.ValidateAsync(new MemoryStream(file, writable: false), "93/" + name, "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), sink: null, budget);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_validation_looks_at_its_token_every_few_megabytes_and_stops_soon_after_it_is_cancelled(string name)
    {
        var file = Files[name]();

        // Whole: how far apart the checks are, in bytes allocated on this thread.
        var budget = new ReadBudget(Fnavdl.Core.Reading.ReadLimits.Default);
        var last = GC.GetAllocatedBytesForCurrentThread();
        long widest = 0;
        var checks = 0;
        budget.OnCheck = () =>
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            widest = Math.Max(widest, now - last);
            last = now;
            checks++;
        };
        var whole = Validate(file, name, budget);
        Assert.True(whole.IsCompleted);
        widest = Math.Max(widest, GC.GetAllocatedBytesForCurrentThread() - last);
        var bound = MaxBetweenChecks + (name.EndsWith(".csv", StringComparison.Ordinal) ? SepRecordBytesPerChar * LongestLine(file) : 0);
        Assert.True(widest <= bound, $"{name}: {widest / 1e6:N1} MB allocated between two looks at the token (bound {bound / 1e6:N1} MB)");
        Assert.True(checks >= 4, $"{name}: only {checks} checks");

        // Cancelled halfway: it throws, having allocated little since.
        using var cancellation = new CancellationTokenSource();
        var cancelled = new ReadBudget(Fnavdl.Core.Reading.ReadLimits.Default, cancellation.Token);
        var seen = 0;
        long atCancel = 0;
        cancelled.OnCheck = () =>
        {
            if (++seen != checks / 2) return;
            cancellation.Cancel();
            atCancel = GC.GetAllocatedBytesForCurrentThread();
        };
        var stopped = Validate(file, name, cancelled);
        Assert.True(stopped.IsCanceled, $"{name}: the validation ended {stopped.Status} after its token was cancelled");
        var since = GC.GetAllocatedBytesForCurrentThread() - atCancel;
        Assert.True(since <= bound, $"{name}: {since / 1e6:N1} MB allocated after the cancellation");
    }

    private static int LongestLine(byte[] file)
    {
        var (longest, start) = (0, 0);
        for (var i = 0; i <= file.Length; i++)
        {
            if (i < file.Length && file[i] != (byte)'\n') continue;
            longest = Math.Max(longest, i - start);
            start = i + 1;
        }
        return longest;
    }

    [Fact]
    public async Task An_ingestion_whose_caller_left_stops_with_OperationCanceledException()
    {
        // 16 000 keys then a million empty objects: before, no loop of it looked at the token (only non-blank rows did).
        var upload = await _store.UploadAsync("93/2021/cles.json", CostlyFiles.JsonKeysThenEmptyObjects(16_000, 1_000_000));
        using var left = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.Ingestion.IngestAsync(upload, left.Token));
    }
}
