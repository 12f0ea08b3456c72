using System.Text;
using Azure.Storage.Blobs;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobFileAreaTests(AzuriteFixture azurite)
{
    private async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = azurite.BlobService.GetBlobContainerClient(AzuriteFixture.UniqueName("area"));
        await container.CreateAsync();
        return container;
    }

    private static MemoryStream Text(string s) => new(Encoding.UTF8.GetBytes(s));

    private static async Task<string?> ReadAsync(IFileArea area, string path)
    {
        await using var stream = await area.OpenReadAsync(path);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Write_then_read_returns_the_content_and_a_second_write_replaces_it()
    {
        var area = new BlobFileArea(await NewContainerAsync());

        await area.WriteAsync("93/2024/depot.csv", Text("première version"));
        Assert.Equal("première version", await ReadAsync(area, "93/2024/depot.csv"));

        await area.WriteAsync("93/2024/depot.csv", Text("seconde"));
        Assert.Equal("seconde", await ReadAsync(area, "93/2024/depot.csv"));
    }

    [Fact]
    public async Task Reading_a_missing_path_returns_null()
    {
        var area = new BlobFileArea(await NewContainerAsync());
        Assert.Null(await area.OpenReadAsync("absent.csv"));
    }

    [Fact]
    public async Task WriteIfAbsent_writes_once_and_keeps_the_first_content()
    {
        var area = new BlobFileArea(await NewContainerAsync());

        Assert.True(await area.WriteIfAbsentAsync("sha/ab/abcdef.csv", Text("original")));
        Assert.False(await area.WriteIfAbsentAsync("sha/ab/abcdef.csv", Text("autre")));

        Assert.Equal("original", await ReadAsync(area, "sha/ab/abcdef.csv"));
    }

    [Fact]
    public async Task Delete_removes_and_reports_whether_something_was_there()
    {
        var area = new BlobFileArea(await NewContainerAsync());
        await area.WriteAsync("a.txt", Text("x"));

        Assert.True(await area.DeleteAsync("a.txt"));
        Assert.Null(await area.OpenReadAsync("a.txt"));
        Assert.False(await area.DeleteAsync("a.txt"));
    }

    [Fact]
    public async Task List_returns_files_under_the_prefix_in_ordinal_order_with_lengths()
    {
        var area = new BlobFileArea(await NewContainerAsync());
        foreach (var path in new[] { "93/b.csv", "93/A.csv", "93/sub/c.csv", "930/d.csv", "75/e.csv" })
            await area.WriteAsync(path, Text(path));

        var listed = await area.ListAsync("93/").ToListAsync();

        Assert.Equal(["93/A.csv", "93/b.csv", "93/sub/c.csv"], listed.Select(f => f.Path));
        Assert.All(listed, f => Assert.Equal(Encoding.UTF8.GetByteCount(f.Path), f.Length));
        Assert.All(listed, f => Assert.True(f.LastModified > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task An_area_under_a_prefix_sees_only_its_folder_and_lists_relative_paths()
    {
        var container = await NewContainerAsync();
        var outer = new BlobFileArea(container);
        var inner = new BlobFileArea(container, "curated/projets");
        await outer.WriteAsync("autre/x.parquet", Text("x"));
        await inner.WriteAsync("annee=2024/part.parquet", Text("p"));

        Assert.Equal(["annee=2024/part.parquet"], await inner.ListAsync("").Select(f => f.Path).ToListAsync());
        Assert.Equal("p", await ReadAsync(outer, "curated/projets/annee=2024/part.parquet"));
        Assert.Null(await inner.OpenReadAsync("autre/x.parquet"));
    }
}
