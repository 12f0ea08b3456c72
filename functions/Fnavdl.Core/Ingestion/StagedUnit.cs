namespace Fnavdl.Core.Ingestion;

/// <summary>A replacement unit written to local temporary files, ready to commit to the curated area.</summary>
internal sealed record StagedUnit(string UnitKey, IReadOnlyList<StagedFile> Files);

/// <summary>One staged Parquet file: where it goes in the curated area, and where it is now.</summary>
internal sealed record StagedFile(string CuratedPath, string TempPath);
