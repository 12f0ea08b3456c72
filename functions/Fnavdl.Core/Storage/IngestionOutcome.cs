namespace Fnavdl.Core.Storage;

/// <summary>What became of one file version: one record per (upload path, SHA-256) processing.</summary>
public enum IngestionOutcome { Accepted, Rejected, Unchanged, Superseded, Failed }
