using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Validation;

/// <summary>Receives the canonical rows of a file as they are validated (staging for the lake).</summary>
public interface ICanonicalRowSink
{
    ValueTask AddAsync(Projet row, CancellationToken cancellationToken);
    ValueTask AddAsync(Suivi row, CancellationToken cancellationToken);
    ValueTask AddAsync(Enveloppe row, CancellationToken cancellationToken);
}
