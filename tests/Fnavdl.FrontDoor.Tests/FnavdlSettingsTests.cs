using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.FrontDoor.Hosting;
using Microsoft.Extensions.Configuration;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>The hosts' one settings object: the names a region's message quotes, the defaults, the French refusals.</summary>
public sealed class FnavdlSettingsTests
{
    private static FnavdlSettings From(params (string Key, string Value)[] environment) => FnavdlSettings.From(new ConfigurationBuilder()
        .AddInMemoryCollection(environment.Select(e => new KeyValuePair<string, string?>(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)))
        .Build());

    [Fact]
    public void Absent_settings_keep_the_reading_layers_limits_and_the_stated_deadlines()
    {
        var settings = From();

        Assert.Equal(ReadLimits.Default, settings.ReadLimits);
        Assert.Equal(TimeSpan.FromMinutes(2), settings.RequestDeadline);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.Ingestion.FileDeadline);
        Assert.Equal(ReadLimits.Default, settings.Ingestion.Limits);
    }

    [Fact]
    public void Every_setting_is_read_from_its_environment_name_and_reaches_what_the_hosts_build()
    {
        var settings = From(("Fnavdl__MaxUploadBytes", "1000"), ("Fnavdl__MaxXlsxExpandedBytes", "2000"),
            ("Fnavdl__RequestDeadlineSeconds", "7"), ("Fnavdl__FileDeadlineSeconds", "9"), ("Fnavdl__RegionGroups", "93=g"));

        Assert.Equal(ReadLimits.Default with { MaxUploadBytes = 1000, MaxXlsxExpandedBytes = 2000 }, settings.ReadLimits);
        Assert.Equal(settings.ReadLimits, settings.Ingestion.Limits);
        Assert.Equal(TimeSpan.FromSeconds(9), settings.Ingestion.FileDeadline);
        Assert.Equal(TimeSpan.FromSeconds(7), FrontDoorOptions.From(settings).RequestDeadline);
        Assert.Equal(settings.ReadLimits, FrontDoorOptions.From(settings).Limits);
        Assert.Equal("93=g", settings.RegionGroups);
    }

    [Theory]
    [InlineData("Fnavdl__MaxUploadBytes", "50 Mo")]
    [InlineData("Fnavdl__MaxXlsxExpandedBytes", "-1")]
    [InlineData("Fnavdl__RequestDeadlineSeconds", "2 min")]
    [InlineData("Fnavdl__FileDeadlineSeconds", "0")]
    public void A_setting_that_is_not_a_positive_whole_number_is_refused_in_French_naming_its_variable(string name, string value)
    {
        var refused = Assert.Throws<FormatException>(() => From((name, value)));

        Assert.StartsWith($"Le réglage {name} vaut « {value} » : indiquez un nombre entier", refused.Message);
    }

    [Fact]
    public void The_messages_to_regions_name_the_settings_the_hosts_read()
    {
        Assert.Contains(SettingNames.EnvironmentVariable(SettingNames.MaxUploadBytes), UploadSizeLimit.Message(null, 1).Text);
        Assert.Contains("Fnavdl__FileDeadlineSeconds", ProcessingDeadline.Integration(TimeSpan.FromSeconds(1)).Text);
        Assert.Contains("Fnavdl__RequestDeadlineSeconds", ProcessingDeadline.Verification(TimeSpan.FromSeconds(1)).Text);
        Assert.Equal(9, From(("Fnavdl__FileDeadlineSeconds", "9")).FileDeadline.TotalSeconds);
    }
}
