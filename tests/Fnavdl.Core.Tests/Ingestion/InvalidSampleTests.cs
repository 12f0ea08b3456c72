using System.Text.Json;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>Each file of samples/invalid is rejected whole, with the errors its manifest lists.</summary>
public sealed class InvalidSampleTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Manifest().EnumerateArray()) data.Add(entry.GetProperty("file").GetString()!);
        return data;
    }

    private static JsonElement Manifest() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, "invalid", "expected.json"))).RootElement;

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Is_rejected_whole_with_the_expected_errors(string file)
    {
        using var store = new TempStore();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, "invalid", file));
        var upload = await store.UploadAsync(file, bytes);

        var record = await store.Ingestion.IngestAsync(upload);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Empty(store.CuratedSnapshot());
        await using var stream = (await store.Store.Reports.OpenReadAsync(record.ReportPath!))!;
        var errors = JsonDocument.Parse(stream).RootElement.GetProperty("errors").EnumerateArray().ToList();
        var expected = Manifest().EnumerateArray().Single(e => e.GetProperty("file").GetString() == file).GetProperty("errors");
        foreach (var want in expected.EnumerateArray())
        {
            var code = want.GetProperty("code").GetString();
            int? row = want.TryGetProperty("row", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : null;
            string? field = want.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            Assert.True(errors.Any(e => e.GetProperty("code").GetString() == code
                    && (row is null || (e.GetProperty("row").ValueKind == JsonValueKind.Number && e.GetProperty("row").GetInt32() == row))
                    && (field is null || e.GetProperty("field").GetString() == field)),
                $"{file}: expected {code} row {row} field {field}; got {string.Join("; ", errors.Select(e => e.ToString()))}");
        }
    }
}
