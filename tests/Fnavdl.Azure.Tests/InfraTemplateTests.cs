using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fnavdl.Core.Reading;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// The compiled ARM template (infra/bin/main.json, written by infra/check.sh): the settings the app
/// gets, the names it creates and the security properties the deployment promises.
/// </summary>
public sealed partial class InfraTemplateTests
{
    private static readonly Lazy<JsonElement> CompiledTemplate = new(LoadTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string Infra => Path.Combine(RepositoryRoot.Path, "infra");

    private static JsonElement Template => CompiledTemplate.Value;

    /// <summary>Builds the template with infra/check.sh when it is missing or older than a Bicep source.</summary>
    private static JsonElement LoadTemplate()
    {
        var compiled = Path.Combine(Infra, "bin", "main.json");
        var newestSource = Directory.EnumerateFiles(Infra, "*.bicep*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Max(File.GetLastWriteTimeUtc);
        if (!File.Exists(compiled) || File.GetLastWriteTimeUtc(compiled) < newestSource)
            RunCheckScript();
        using var document = JsonDocument.Parse(File.ReadAllText(compiled));
        return document.RootElement.Clone();
    }

    private static void RunCheckScript()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Infra, "check.sh")])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash infra/check.sh.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("infra/check.sh did not finish in 5 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"infra/check.sh failed (exit {process.ExitCode}): the Bicep templates do not compile or lint, or the " +
                $"compiler (NuGet Azure.Bicep.CommandLine.linux-x64) could not be restored.\n{stdout.Result}\n{stderr.Result}");
    }

    // ---- JSON helpers ------------------------------------------------------------------------

    /// <summary>Every resource of the given type, in the main template and in every nested module template.</summary>
    private static List<JsonElement> ResourcesOfType(string type) =>
        [.. AllResources(Template).Where(r => string.Equals(r.Resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase)).Select(r => r.Resource)];

    /// <summary>Resources with the (nested) template declaring them: its variables resolve their expressions.</summary>
    private static IEnumerable<(JsonElement Resource, JsonElement Template)> AllResources(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out var resources))
            yield break;
        var list = resources.ValueKind == JsonValueKind.Object
            ? resources.EnumerateObject().Select(p => p.Value)
            : resources.EnumerateArray();
        foreach (var resource in list)
        {
            // A reference to a resource declared elsewhere creates nothing.
            if (resource.TryGetProperty("existing", out var existing) && existing.GetBoolean())
                continue;
            yield return (resource, template);
            if (resource.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty("template", out var nested))
            {
                foreach (var inner in AllResources(nested))
                    yield return inner;
            }
        }
    }

    private static JsonElement ModuleTemplate(string symbolicName) =>
        Template.GetProperty("resources").GetProperty(symbolicName).GetProperty("properties").GetProperty("template");

    private static JsonElement AppSettings()
    {
        var config = Assert.Single(ResourcesOfType("Microsoft.Web/sites/config"), c => c.GetProperty("name").GetString()!.Contains("appsettings"));
        return config.GetProperty("properties");
    }

    private static Dictionary<string, string> Literals(JsonElement objectOfStrings) =>
        objectOfStrings.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static IEnumerable<PropertyInfo> StorageNameProperties() =>
        typeof(StorageNames).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));

    // ---- One source of truth: setting names and storage names ---------------------------------

    [Fact]
    public void The_app_gets_exactly_the_settings_listed_in_app_settings_names_json()
    {
        using var names = JsonDocument.Parse(File.ReadAllText(Path.Combine(Infra, "app-settings.names.json")));
        var listed = names.RootElement.GetProperty("settings").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        var deployed = AppSettings().EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(listed, deployed);
    }

    [Fact]
    public void The_storage_connection_setting_names_follow_the_trigger_connection()
    {
        var settings = AppSettings();
        foreach (var suffix in new[] { "blobServiceUri", "queueServiceUri", "tableServiceUri", "credential", "clientId" })
            Assert.True(settings.TryGetProperty($"{Fnavdl.Functions.StorageSettings.ConnectionName}__{suffix}", out _), suffix);
    }

    [Fact]
    public void StorageNames_Default_names_are_the_containers_and_tables_the_template_creates()
    {
        var variables = Template.GetProperty("variables");
        var created = Literals(variables.GetProperty("containers"))
            .Concat(Literals(variables.GetProperty("tables")))
            .Concat(Literals(variables.GetProperty("queues")))
            .ToDictionary();

        foreach (var property in StorageNameProperties())
        {
            Assert.True(created.TryGetValue(Camel(property.Name), out var name), $"The template creates no '{Camel(property.Name)}'.");
            Assert.Equal((string)property.GetValue(StorageNames.Default)!, name);
        }

        // The storage module is handed those very maps (plus the deployment package container).
        var storageParameters = Template.GetProperty("resources").GetProperty("storage").GetProperty("properties").GetProperty("parameters");
        Assert.Contains("variables('containers')", storageParameters.GetProperty("containerNames").GetProperty("value").GetString());
        Assert.Contains("variables('tables')", storageParameters.GetProperty("tableNames").GetProperty("value").GetString());
        Assert.Contains("variables('queues')", storageParameters.GetProperty("queueNames").GetProperty("value").GetString());
    }

    [Fact]
    public void The_planned_containers_tables_and_queues_are_created()
    {
        var variables = Template.GetProperty("variables");
        Assert.Equal(
            ["curated", "gold", "locks", "raw", "reports", "syntheses", "uploads"],
            Literals(variables.GetProperty("containers")).Values.Order(StringComparer.Ordinal));
        Assert.Equal(["indicateurs", "ingestions"], Literals(variables.GetProperty("tables")).Values.Order(StringComparer.Ordinal));
        Assert.Equal(["recalcul-indicateurs", "webjobs-blobtrigger-poison"], Literals(variables.GetProperty("queues")).Values.Order(StringComparer.Ordinal));
        // The blob trigger listens on the uploads container.
        Assert.StartsWith(variables.GetProperty("containers").GetProperty("uploads").GetString() + "/", Fnavdl.Functions.IngestUpload.BlobPath);
    }

    [Fact]
    public void Every_storage_name_has_its_app_setting()
    {
        var settings = AppSettings();
        foreach (var property in StorageNameProperties())
            Assert.True(settings.TryGetProperty($"Fnavdl__Storage__{property.Name}", out _), property.Name);
    }

    [Fact]
    public void Limits_and_schedule_default_to_the_app_defaults()
    {
        var parameters = Template.GetProperty("parameters");
        Assert.Equal(ReadLimits.Default.MaxUploadBytes, parameters.GetProperty("maxUploadBytes").GetProperty("defaultValue").GetInt64());
        Assert.Equal(ReadLimits.Default.MaxXlsxExpandedBytes, parameters.GetProperty("maxXlsxExpandedBytes").GetProperty("defaultValue").GetInt64());
        Assert.Equal("0 0 6 31 1 *", parameters.GetProperty("yearlySummarySchedule").GetProperty("defaultValue").GetString());

        // Every parameter but the environment's name and location has a default.
        var required = parameters.EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name);
        Assert.Equal(["environmentName", "location"], required.Order(StringComparer.Ordinal));
    }

    // ---- Security -----------------------------------------------------------------------------

    [Fact]
    public void The_storage_account_refuses_shared_keys_public_access_and_old_TLS()
    {
        var account = Assert.Single(ResourcesOfType("Microsoft.Storage/storageAccounts")).GetProperty("properties");
        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.True(account.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.Equal("TLS1_2", account.GetProperty("minimumTlsVersion").GetString());

        var container = Assert.Single(ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Equal("None", container.GetProperty("properties").GetProperty("publicAccess").GetString());
    }

    [Fact]
    public void Blobs_are_versioned_soft_deleted_and_the_raw_archive_is_tiered()
    {
        var blobService = Assert.Single(ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices")).GetProperty("properties");
        Assert.True(blobService.GetProperty("isVersioningEnabled").GetBoolean());
        Assert.True(blobService.GetProperty("deleteRetentionPolicy").GetProperty("enabled").GetBoolean());
        Assert.True(blobService.GetProperty("containerDeleteRetentionPolicy").GetProperty("enabled").GetBoolean());

        var policy = Assert.Single(ResourcesOfType("Microsoft.Storage/storageAccounts/managementPolicies"));
        var raw = policy.GetProperty("properties").GetProperty("policy").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "raw-archive-tiering").GetProperty("definition");
        Assert.Contains("rawContainerName", raw.GetProperty("filters").GetProperty("prefixMatch")[0].GetString());
        var baseBlob = raw.GetProperty("actions").GetProperty("baseBlob");
        Assert.True(baseBlob.TryGetProperty("tierToCool", out _));
        Assert.True(baseBlob.TryGetProperty("tierToArchive", out _));

        var parameters = Template.GetProperty("parameters");
        Assert.Equal(30, parameters.GetProperty("rawCoolAfterDays").GetProperty("defaultValue").GetInt32());
        Assert.Equal(180, parameters.GetProperty("rawArchiveAfterDays").GetProperty("defaultValue").GetInt32());
    }

    [Fact]
    public void No_account_key_or_key_listing_appears_anywhere()
    {
        var text = Template.GetRawText();
        Assert.DoesNotContain("AccountKey=", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SharedAccessSignature", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_app_connects_with_its_identity_only()
    {
        var settings = AppSettings();
        Assert.Equal("managedidentity", settings.GetProperty("AzureWebJobsStorage__credential").GetString());
        Assert.Equal("managedidentity", settings.GetProperty("FnavdlStorage__credential").GetString());
        Assert.Contains("Authorization=AAD", settings.GetProperty("APPLICATIONINSIGHTS_AUTHENTICATION_STRING").GetString());
        // No connection-string form of either connection.
        Assert.False(settings.TryGetProperty("AzureWebJobsStorage", out _));
        Assert.False(settings.TryGetProperty(Fnavdl.Functions.StorageSettings.ConnectionName, out _));

        var insights = Assert.Single(ResourcesOfType("Microsoft.Insights/components")).GetProperty("properties");
        Assert.True(insights.GetProperty("DisableLocalAuth").GetBoolean());
    }

    [Fact]
    public void The_regions_sign_in_is_entra_id_easy_auth_without_secret_and_maps_the_abac_groups()
    {
        var auth = Assert.Single(ResourcesOfType("Microsoft.Web/sites/config"), c => c.GetProperty("name").GetString()!.Contains("authsettingsV2"));
        Assert.Equal("[not(empty(parameters('signInClientId')))]", auth.GetProperty("condition").GetString());
        var properties = auth.GetProperty("properties");
        Assert.True(properties.GetProperty("platform").GetProperty("enabled").GetBoolean());
        // Anonymous requests reach the app: the blobs webhook and the function-key APIs keep working, the front door answers 401.
        Assert.Equal("AllowAnonymous", properties.GetProperty("globalValidation").GetProperty("unauthenticatedClientAction").GetString());
        var aad = properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.True(aad.GetProperty("enabled").GetBoolean());
        Assert.False(aad.GetProperty("registration").TryGetProperty("clientSecretSettingName", out _));

        // The same per-region group ids as the ABAC role assignments.
        var regionGroups = Template.GetProperty("resources").GetProperty("functionApp").GetProperty("properties")
            .GetProperty("parameters").GetProperty("regionGroups").GetProperty("value").GetString()!;
        Assert.Contains("parameters('regionUploaders')", regionGroups);
        Assert.Contains(".codeRegion", regionGroups);
        Assert.Contains(".groupObjectId", regionGroups);
        Assert.Equal("[parameters('regionGroups')]", Literals(AppSettings())["Fnavdl__RegionGroups"]);
    }

    [Fact]
    public void The_app_runs_on_Flex_Consumption_with_dotnet_isolated_10_deployed_through_its_identity()
    {
        var plan = Assert.Single(ResourcesOfType("Microsoft.Web/serverfarms"));
        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());

        var site = Assert.Single(ResourcesOfType("Microsoft.Web/sites"));
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        var properties = site.GetProperty("properties");
        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());
        var config = properties.GetProperty("functionAppConfig");
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        Assert.Equal("UserAssignedIdentity",
            config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString());

        var basicAuth = ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(2, basicAuth.Count);
        Assert.All(basicAuth, p => Assert.False(p.GetProperty("properties").GetProperty("allow").GetBoolean()));
    }

    private static readonly Dictionary<string, string> AllowedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = "Storage Blob Data Contributor",
        ["2a2b9908-6ea1-4ae2-8e65-a410df84e7d1"] = "Storage Blob Data Reader",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
    };

    /// <summary>Owner, Contributor, User Access Administrator, Storage Account Contributor.</summary>
    private static readonly string[] ForbiddenRoles =
    [
        "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "b24988ac-6180-42a0-ab88-20f7382dd24c",
        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "17d1049b-9a84-46fb-8f53-869881c3d3ab",
    ];

    private sealed record Assignment(string Role, string Scope, string PrincipalType, string? Condition, string? ConditionVersion);

    /// <summary>Role assignments with their role's name (resolved through the module's builtInRoles).</summary>
    private static List<Assignment> RoleAssignments() =>
    [
        .. AllResources(Template)
            .Where(r => r.Resource.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments")
            .Select(r =>
            {
                var properties = r.Resource.GetProperty("properties");
                var expression = properties.GetProperty("roleDefinitionId").GetString()!;
                var key = RoleKey().Match(expression);
                Assert.True(key.Success, $"Role not taken from builtInRoles: {expression}");
                var id = r.Template.GetProperty("variables").GetProperty("builtInRoles").GetProperty(key.Groups[1].Value).GetString()!;
                Assert.True(AllowedRoles.TryGetValue(id, out var role), $"Role {id} is not among the allowed data-plane roles.");
                return new Assignment(
                    role!,
                    r.Resource.GetProperty("scope").GetString()!,
                    properties.GetProperty("principalType").GetString()!,
                    properties.TryGetProperty("condition", out var c) ? c.GetString() : null,
                    properties.TryGetProperty("conditionVersion", out var v) ? v.GetString() : null);
            }),
    ];

    [GeneratedRegex(@"variables\('builtInRoles'\)\.(\w+)")]
    private static partial Regex RoleKey();

    [Fact]
    public void Only_data_plane_roles_are_assigned_and_no_wide_role_appears()
    {
        var text = Template.GetRawText();
        foreach (var forbidden in ForbiddenRoles)
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);

        var assignments = RoleAssignments();
        Assert.Equal(7, assignments.Count); // app identity 4; per region 2 (a loop); analysts 1 (a loop)

        // Blob Data Owner only for the app's own identity.
        Assert.All(assignments.Where(a => a.Role == "Storage Blob Data Owner"), a => Assert.Equal("ServicePrincipal", a.PrincipalType));
    }

    [Fact]
    public void Region_groups_get_container_scoped_roles_limited_to_their_prefix()
    {
        var regionAssignments = RoleAssignments().Where(a => a.PrincipalType == "Group" && a.Condition is not null).ToList();
        Assert.Equal(2, regionAssignments.Count);
        var regionModule = ModuleTemplate("regionAccessAssignments");
        var variables = regionModule.GetProperty("variables");

        foreach (var assignment in regionAssignments)
        {
            Assert.Equal("2.0", assignment.ConditionVersion);
            Assert.Contains("Microsoft.Storage/storageAccounts/blobServices/containers'", assignment.Scope);
            var conditionVariable = Regex.Match(assignment.Condition!, @"variables\('(\w+Condition)'\)").Groups[1].Value;
            var condition = variables.GetProperty(conditionVariable).GetString()!;
            Assert.Contains("@Resource[${blobAction}:path] StringStartsWith '${prefix}'", condition);
            Assert.Contains("@Request[${blobAction}:prefix] StringStartsWith '${prefix}'", condition);
        }
        Assert.Equal("[format('{0}/', parameters('codeRegion'))]", variables.GetProperty("prefix").GetString());

        var upload = Assert.Single(regionAssignments, a => a.Role == "Storage Blob Data Contributor");
        Assert.Contains("uploadsContainerName", upload.Scope);
        var uploadCondition = variables.GetProperty("uploadsCondition").GetString()!;
        foreach (var action in new[] { "/write'", "/add/action'", "/delete'", "/read'" })
            Assert.Contains(action, uploadCondition);

        var reports = Assert.Single(regionAssignments, a => a.Role == "Storage Blob Data Reader");
        Assert.Contains("reportsContainerName", reports.Scope);
    }

    [Fact]
    public void Groups_never_get_an_unconditioned_write_role_and_analysts_only_read_published_data()
    {
        var groups = RoleAssignments().Where(a => a.PrincipalType == "Group").ToList();
        Assert.All(groups.Where(a => a.Role != "Storage Blob Data Reader"), a => Assert.NotNull(a.Condition));

        var analysts = ModuleTemplate("analystAccess");
        var analystAssignment = Assert.Single(AllResources(analysts), r => r.Resource.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments").Resource;
        Assert.Contains("blobServices/containers", analystAssignment.GetProperty("scope").GetString());
        Assert.Equal(
            ["[variables('containers').curated]", "[variables('containers').gold]", "[variables('containers').syntheses]"],
            Template.GetProperty("variables").GetProperty("analystContainers").EnumerateArray().Select(e => e.GetString()));
    }
}
