using System.Globalization;
using System.Text;
using Fnavdl.Cli;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Hostile;

/// <summary>Issue 9, point 5: size limits apply before the work, and the CLI honours the Function app's setting.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class SizeLimitTests : IDisposable
{
    private static readonly string LimitVariable = SettingNames.EnvironmentVariable(SettingNames.MaxUploadBytes);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fnavdl-size-limit", Guid.NewGuid().ToString("N"));

    public SizeLimitTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Ingestion_stops_reading_a_1_GiB_upload_one_byte_past_the_limit_and_keeps_nothing_of_it()
    {
        using var temp = new TempStore();
        var upload = new EndlessUpload(1L << 30);
        var store = new UploadsFrom(temp.Store, "93/enorme.csv", upload);
        const long limit = 1024 * 1024;
        var service = new UploadIngestionService(store, AdministrativeReference.Embedded,
            new IngestionOptions { Limits = new ReadLimits { MaxUploadBytes = limit } }, TimeProvider.System);

        var record = await service.IngestAsync(new UploadRef("93/enorme.csv", TempStore.T0));

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Equal(limit + 1, upload.BytesRead);
        Assert.Null(record.RawPath);
        Assert.Empty(temp.CuratedSnapshot());
        Assert.False(Directory.Exists(Path.Combine(temp.Root, "raw")));
        var report = await File.ReadAllTextAsync(Path.Combine(temp.Root, "reports", record.ReportPath!));
        Assert.Contains(IssueCodes.FichierTropVolumineux, report);
        Assert.Contains("Fnavdl__MaxUploadBytes", report);
    }

    [Fact]
    public async Task A_limit_lifted_to_the_largest_value_still_reads_the_whole_upload()
    {
        using var temp = new TempStore();
        var content = Csv.Projets(Enumerable.Range(1, 3).Select(i => Csv.Projet($"P{i}")).ToArray());
        var upload = await temp.UploadAsync("93/projets.csv", content);
        var service = new UploadIngestionService(temp.Store, AdministrativeReference.Embedded,
            new IngestionOptions { Limits = new ReadLimits { MaxUploadBytes = long.MaxValue } }, TimeProvider.System);

        var record = await service.IngestAsync(upload);

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal(3, record.Rows);
        Assert.Equal(Encoding.UTF8.GetByteCount(content), record.SizeBytes);
    }

    [Fact]
    public async Task The_cli_refuses_a_file_over_the_limit_from_the_environment_without_copying_it_and_a_national_team_can_lift_it()
    {
        var folder = Path.Combine(_work, "uploads", "93");
        Directory.CreateDirectory(folder);
        var content = Csv.Projets(Enumerable.Range(1, 40).Select(i => Csv.Projet($"P{i}")).ToArray());
        await File.WriteAllTextAsync(Path.Combine(folder, "projets.csv"), content, new UTF8Encoding(false));
        var size = Encoding.UTF8.GetByteCount(content);
        var store = Path.Combine(_work, "store");

        CliRun.Result refused, validated, lifted, liftedValidate;
        using (new EnvironmentVariable(LimitVariable, (size - 1).ToString(CultureInfo.InvariantCulture)))
        {
            refused = await CliRun.RunAsync("ingest", Path.Combine(_work, "uploads"), "--store", store);
            validated = await CliRun.RunAsync("validate", Path.Combine(folder, "projets.csv"), "--region", "93");
        }
        Assert.False(Directory.Exists(Path.Combine(store, "uploads", "93")));
        using (new EnvironmentVariable(LimitVariable, size.ToString(CultureInfo.InvariantCulture)))
        {
            lifted = await CliRun.RunAsync("ingest", Path.Combine(_work, "uploads"), "--store", store);
            liftedValidate = await CliRun.RunAsync("validate", Path.Combine(folder, "projets.csv"), "--region", "93");
        }

        Assert.Equal(ExitCodes.Rejected, refused.Code);
        Assert.Contains("refusé      93/projets.csv (fichier-trop-volumineux", refused.Out);
        Assert.Equal(ExitCodes.Rejected, validated.Code);
        Assert.Contains("fichier-trop-volumineux", validated.Out);
        Assert.True(lifted.Code == ExitCodes.Ok, lifted.All);
        Assert.Contains("accepté     93/projets.csv (projets, 40 ligne(s)", lifted.Out);
        Assert.Equal(ExitCodes.Ok, liftedValidate.Code);
    }

    [Theory]
    [InlineData("beaucoup")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1e9")]
    public async Task A_limit_that_is_not_a_number_of_bytes_is_a_french_usage_error(string value)
    {
        var file = Path.Combine(_work, "projets.csv");
        await File.WriteAllTextAsync(file, Csv.Projets(Csv.Projet("P1")));

        CliRun.Result result;
        using (new EnvironmentVariable(LimitVariable, value))
            result = await CliRun.RunAsync("validate", file, "--region", "93");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains($"Le réglage Fnavdl__MaxUploadBytes vaut « {value} »", result.Err);
    }

    /// <summary>An upload of <paramref name="length"/> bytes of CSV that counts what was read; not seekable, like a network stream.</summary>
    private sealed class EndlessUpload(long length) : Stream
    {
        private static readonly byte[] Line = Encoding.UTF8.GetBytes("2021;AAP;P;Projet;Porteur;association;;;jeunes;13;;10 000;12\n");

        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            for (var i = 0; i < n; i++) buffer[offset + i] = Line[(BytesRead + i) % Line.Length];
            BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A store whose uploads area serves one stream for one path.</summary>
    private sealed class UploadsFrom(IPipelineStore inner, string path, Stream content) : IPipelineStore
    {
        public IFileArea Uploads { get; } = new OneFile(inner.Uploads, path, content);
        public IFileArea Raw => inner.Raw;
        public IFileArea Curated => inner.Curated;
        public IFileArea Reports => inner.Reports;
        public IFileArea Gold => inner.Gold;
        public IFileArea Syntheses => inner.Syntheses;
        public IIngestionLog Log => inner.Log;
        public IUnitRegistry Units => inner.Units;
        public string Describe(string area, string p) => inner.Describe(area, p);

        private sealed class OneFile(IFileArea area, string path, Stream content) : IFileArea
        {
            public Task<Stream?> OpenReadAsync(string p, CancellationToken cancellationToken = default) =>
                p == path ? Task.FromResult<Stream?>(content) : area.OpenReadAsync(p, cancellationToken);
            public Task WriteAsync(string p, Stream c, CancellationToken cancellationToken = default) => area.WriteAsync(p, c, cancellationToken);
            public Task<bool> WriteIfAbsentAsync(string p, Stream c, CancellationToken cancellationToken = default) => area.WriteIfAbsentAsync(p, c, cancellationToken);
            public Task<bool> DeleteAsync(string p, CancellationToken cancellationToken = default) => area.DeleteAsync(p, cancellationToken);
            public IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken = default) => area.ListAsync(prefix, cancellationToken);
        }
    }
}
