using System.Diagnostics;
using System.Globalization;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Validation;

namespace Fnavdl.Bench;

/// <summary>
/// The ingestion's halves in one process, each timed alone on the same rows, for profiling: the CSV
/// reader (detection, structure scan, rows), the validator with a sink that only counts (read + validate
/// + normalise), and the Parquet staging of rows validated beforehand (untimed) (the writer thread's work). Prints
/// wall and CPU time, bytes allocated and collections per phase: allocation is the steady number on a
/// shared machine.
/// </summary>
internal static class PhaseBench
{
    private const string SourcePath = "93/bench/projets.csv";

    public static int Run(string csv, int stagingRounds)
    {
        var bytes = File.ReadAllBytes(csv);
        var limits = new ReadLimits { MaxUploadBytes = long.MaxValue };
        var validator = new ReportValidator(AdministrativeReference.Embedded, limits);
        Time("CSV read (detection, structure scan, rows)", () =>
        {
            long cells = 0;
            foreach (var table in new CsvReportReader().Read(new MemoryStream(bytes), new ReadBudget(limits)))
                foreach (var row in table.Rows) cells += row.Cells.Length;
            return cells;
        });
        Time("read + validate + normalise", () => Validate(validator, bytes, new CollectedRows(keep: false)));
        // Kept for the staging rounds, untimed: rows that outlive a collection would weigh on the validation's own GC.
        var rows = new CollectedRows(keep: true);
        Validate(validator, bytes, rows);
        var lineage = new Lineage(SourcePath, new string('a', 64), "0123456789abcdef", DateTimeOffset.UnixEpoch);
        for (var round = 1; round <= stagingRounds; round++)
            Time($"Parquet staging of those rows, round {round}", () => Stage(rows.Projets, lineage));
        return 0;
    }

    private static long Validate(ReportValidator validator, byte[] bytes, CollectedRows rows)
    {
        var report = validator.ValidateAsync(new MemoryStream(bytes), SourcePath, "93",
            _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()), rows).GetAwaiter().GetResult();
        return report.ErrorCount == 0 ? rows.Count : throw new InvalidOperationException($"{report.ErrorCount} errors in the generated file");
    }

    private static long Stage(List<Projet> projets, Lineage lineage)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fnavdl-bench-stage-{Environment.ProcessId}");
        var stager = new UnitStager(lineage, folder, IngestionOptions.Default.RowGroupSize);
        try
        {
            foreach (var projet in projets) stager.AddAsync(projet, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return stager.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult()
                .SelectMany(unit => unit.Files).Sum(file => new FileInfo(file.TempPath).Length);
        }
        finally
        {
            stager.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Time(string phase, Func<long> run)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var (gen0, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var wall = Stopwatch.StartNew();
        var result = run();
        wall.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase,-46} wall {wall.Elapsed.TotalSeconds,6:F2} s  CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,6:F2} s  allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e6,6:F0} MB  gen0 {GC.CollectionCount(0) - gen0,5}  gen2 {GC.CollectionCount(2) - gen2,3}  GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s  ({result:N0})"));
    }

    private sealed class CollectedRows(bool keep) : ICanonicalRowSink
    {
        public List<Projet> Projets { get; } = [];
        public long Count { get; private set; }

        public ValueTask AddAsync(Projet row, CancellationToken cancellationToken)
        {
            Count++;
            if (keep) Projets.Add(row);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddAsync(Suivi row, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask AddAsync(Enveloppe row, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
