using System.Text.Json;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Core.Tests.Storage;

/// <summary>The local ingestion log is JSON Lines that DuckDB's read_json and people read: its shape is a contract.</summary>
public sealed class LocalIngestionLogTests
{
    private static IngestionRecord Record() => new()
    {
        IngestionId = "93-abc",
        CodeRegion = "93",
        SourcePath = "93/2021/bilan-été.csv",
        Sha256 = "abc",
        SizeBytes = 1234,
        Kind = "projets",
        Outcome = IngestionOutcome.Accepted,
        UploadedAt = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.Zero),
        ProcessedAt = new DateTimeOffset(2021, 3, 4, 5, 6, 8, TimeSpan.Zero),
        Rows = 67,
        UnitsWritten = ["projets/93/2021"],
    };

    [Fact]
    public async Task A_record_is_one_snake_case_line_with_its_outcome_as_a_word_and_accents_as_written_and_reads_back_equal()
    {
        var folder = Directory.CreateTempSubdirectory("fnavdl-log-");
        try
        {
            var log = new LocalIngestionLog(Path.Combine(folder.FullName, "ingestions.jsonl"));
            Assert.True(await log.AppendAsync(Record()));

            var line = Assert.Single(File.ReadAllLines(log.FilePath));
            Assert.Contains("\"source_path\":\"93/2021/bilan-été.csv\"", line);
            Assert.Contains("\"outcome\":\"accepted\"", line);
            Assert.Contains("\"units_written\":[\"projets/93/2021\"]", line);
            using var json = JsonDocument.Parse(line);
            Assert.All(json.RootElement.EnumerateObject(), p => Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), p.Name));

            var read = Assert.Single(await log.ListAsync().ToListAsync());
            // Lists compare by reference in a record's equality: compared apart.
            Assert.Equal(Record() with { UnitsWritten = read.UnitsWritten, UnitsSuperseded = read.UnitsSuperseded }, read);
            Assert.Equal(["projets/93/2021"], read.UnitsWritten);
            Assert.Empty(read.UnitsSuperseded);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
