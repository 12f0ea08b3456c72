namespace Fnavdl.Core.Tests.Indicators;

[CollectionDefinition(Name)]
public sealed class IndicatorLakeCollection : ICollectionFixture<IndicatorLake>
{
    public const string Name = "indicator lake";
}
