namespace Fnavdl.Core.Tests.Hostile;

/// <summary>What the pipeline must answer for one hostile file.</summary>
/// <param name="Accepted">True when the file is valid (possibly with warnings).</param>
/// <param name="Code">The issue the report must hold (an error when rejected, a warning when accepted); null for none.</param>
/// <param name="Row">The row that issue must name (null: a structure problem, no row).</param>
/// <param name="Field">The field that issue must name.</param>
public sealed record Expectation(bool Accepted, string? Code = null, int? Row = null, string? Field = null)
{
    public static Expectation Valid() => new(true);
    public static Expectation Warning(string code, int? row = null, string? field = null) => new(true, code, row, field);
    public static Expectation Error(string code, int? row = null, string? field = null) => new(false, code, row, field);
}

/// <summary>
/// One file of the hostile corpus: where it is dropped under the uploads root
/// (<c>{code_region}/…</c>), its bytes, and the expected answer. <see cref="Create"/> replaces the
/// plain write for what .NET cannot write itself (links, names that are not UTF-8).
/// </summary>
public sealed record HostileFile(string Name, string Category, string UploadPath, byte[] Content, Expectation Expected)
{
    /// <summary>Builds the bytes when the test runs, for files too big to build while tests are discovered.</summary>
    public Func<byte[]>? Generate { get; init; }

    public byte[] Bytes() => Generate?.Invoke() ?? Content;

    /// <summary>Writes the file under the uploads root and returns its path on disk.</summary>
    public Func<string, string>? Create { get; init; }

    /// <summary>
    /// True for a name .NET cannot spell (not UTF-8): no program built on it can open the file by
    /// name, so `validate` says it cannot find it (usage error) and only `ingest` judges it.
    /// </summary>
    public bool Unnameable { get; init; }

    /// <summary>Environment variables (limits) set while the file is validated and ingested.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string Region => UploadPath.Split('/')[0];

    public override string ToString() => Name;
}
