using Azure.Data.Tables;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableIngestionLogTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(1));

    private async Task<TableIngestionLog> NewLogAsync()
    {
        var table = azurite.TableService.GetTableClient(AzuriteFixture.UniqueName("log"));
        await table.CreateAsync();
        return new TableIngestionLog(table);
    }

    private static IngestionRecord Record(string id, string region, DateTimeOffset processedAt, IngestionOutcome outcome = IngestionOutcome.Accepted) => new()
    {
        IngestionId = id,
        CodeRegion = region,
        SourcePath = $"{region}/2025/{id}.csv",
        Sha256 = new string('a', 64),
        SizeBytes = 12_345,
        Outcome = outcome,
        UploadedAt = processedAt.AddMinutes(-1),
        ProcessedAt = processedAt,
    };

    [Fact]
    public async Task A_region_lists_its_records_oldest_first_whatever_the_append_order()
    {
        var log = await NewLogAsync();
        await log.AppendAsync(Record("c", "93", T0.AddHours(2)));
        await log.AppendAsync(Record("a", "93", T0));
        await log.AppendAsync(Record("x", "75", T0.AddHours(1)));
        await log.AppendAsync(Record("b", "93", T0.AddHours(1)));

        var ids = await log.ListAsync("93").Select(r => r.IngestionId).ToListAsync();

        Assert.Equal(["a", "b", "c"], ids);
    }

    [Fact]
    public async Task All_regions_list_in_processing_order()
    {
        var log = await NewLogAsync();
        await log.AppendAsync(Record("late", "01", T0.AddDays(1)));
        await log.AppendAsync(Record("early", "93", T0));
        await log.AppendAsync(Record("middle", "2A", T0.AddHours(5)));

        Assert.Equal(["early", "middle", "late"], await log.ListAsync().Select(r => r.IngestionId).ToListAsync());
    }

    [Fact]
    public async Task A_record_comes_back_with_every_field()
    {
        var log = await NewLogAsync();
        var written = Record("id-1", "93", T0, IngestionOutcome.Failed) with
        {
            Kind = "projets",
            Rows = 120,
            Errors = 3,
            Warnings = 7,
            UnitsWritten = ["projets/annee=2024/code_region=93/appel=A1", "projets/annee=2024/code_region=93/appel=A2"],
            UnitsSuperseded = ["projets/annee=2023/code_region=93/appel=B"],
            ReportPath = "93/2025/id-1.json",
            RawPath = "93/aaaa.csv",
            ValidationMs = 12.5,
            TotalMs = 40.25,
            FailureMessage = "Délai dépassé",
        };
        await log.AppendAsync(written);

        var read = Assert.Single(await log.ListAsync("93").ToListAsync());

        Assert.Equal(written.UnitsWritten, read.UnitsWritten);
        Assert.Equal(written.UnitsSuperseded, read.UnitsSuperseded);
        Assert.Equal(written.ProcessedAt, read.ProcessedAt);
        Assert.Equal(written.UploadedAt, read.UploadedAt);
        // Lists compare by reference in records: compare the rest with the lists swapped in.
        Assert.Equal(written with { UnitsWritten = read.UnitsWritten, UnitsSuperseded = read.UnitsSuperseded, ProcessedAt = read.ProcessedAt, UploadedAt = read.UploadedAt }, read);
    }

    [Fact]
    public async Task The_outcome_and_lists_are_stored_as_readable_strings()
    {
        var table = azurite.TableService.GetTableClient(AzuriteFixture.UniqueName("log"));
        await table.CreateAsync();
        await new TableIngestionLog(table).AppendAsync(Record("r", "93", T0, IngestionOutcome.Rejected) with { UnitsWritten = ["u/1"] });

        var entity = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());

        Assert.Equal("93", entity.PartitionKey);
        Assert.Equal("Rejected", entity.GetString("Outcome"));
        Assert.Equal("[\"u/1\"]", entity.GetString("UnitsWritten"));
    }

    [Fact]
    public async Task Appending_the_same_record_twice_keeps_one()
    {
        var log = await NewLogAsync();
        var record = Record("retry", "93", T0);
        await log.AppendAsync(record);
        await log.AppendAsync(record);

        Assert.Single(await log.ListAsync("93").ToListAsync());
    }

    [Fact]
    public async Task Records_processed_at_the_same_instant_are_both_kept()
    {
        var log = await NewLogAsync();
        await log.AppendAsync(Record("first", "93", T0));
        await log.AppendAsync(Record("second", "93", T0));

        Assert.Equal(2, await log.ListAsync("93").CountAsync());
    }
}
