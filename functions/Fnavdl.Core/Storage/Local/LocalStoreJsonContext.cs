using System.Text.Json.Serialization;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// Compile-time JSON metadata for what the local store writes (<see cref="LocalIngestionLog.Json"/>): a
/// cold CLI's first file would otherwise build it by reflection and compile emitted accessors.
/// The naming, enum and escaping rules stay those of the options that use it.
/// </summary>
[JsonSerializable(typeof(IngestionRecord))]
[JsonSerializable(typeof(UnitVersion))]
internal sealed partial class LocalStoreJsonContext : JsonSerializerContext;
