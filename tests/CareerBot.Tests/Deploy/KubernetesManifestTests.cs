using CareerBot.Core.Knowledge;
using CareerBot.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Tests.Deploy;

/// <summary>deploy/: every manifest parses, the probes use the bot's endpoints, and the ConfigMap is knowledge the bot loads.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly string DeployFolder = Path.Combine(RepositoryRoot(), "deploy");

    [Fact]
    public void Manifests_AllParse_WithKindAndName()
    {
        var files = Directory.GetFiles(DeployFolder, "*.yaml");
        Assert.Equal(["deployment.yaml", "knowledge-configmap.yaml", "secret.example.yaml", "service.yaml", "store-secret.example.yaml"], files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var root = Load(file);
            Assert.False(string.IsNullOrEmpty(Scalar(root, "apiVersion")), file);
            Assert.False(string.IsNullOrEmpty(Scalar(root, "kind")), file);
            Assert.False(string.IsNullOrEmpty(Scalar(Map(root, "metadata"), "name")), file);
        }
    }

    [Fact]
    public void Deployment_ProbesHealthzAndReadyz_AndTakesTokensFromTheSecret()
    {
        var container = Container();
        Assert.Equal("/healthz", Scalar(Map(Map(container, "livenessProbe"), "httpGet"), "path"));
        Assert.Equal("/readyz", Scalar(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
        var secretRef = Map((YamlMappingNode)((YamlSequenceNode)container.Children[new YamlScalarNode("envFrom")]).Children[0], "secretRef");
        Assert.Equal(Scalar(Map(Load(Path.Combine(DeployFolder, "secret.example.yaml")), "metadata"), "name"), Scalar(secretRef, "name"));
        var env = ((YamlSequenceNode)container.Children[new YamlScalarNode("env")]).Children.Cast<YamlMappingNode>().ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));
        Assert.Equal("/app/knowledge", env["Knowledge__Path"]);
        Assert.Equal("9464", env["Metrics__Port"]);
    }

    [Fact]
    public void KnowledgeConfigMap_LaidOutByTheVolumeItems_IsKnowledgeTheBotLoads()
    {
        var data = Map(Load(Path.Combine(DeployFolder, "knowledge-configmap.yaml")), "data");
        var volume = ((YamlSequenceNode)Spec().Children[new YamlScalarNode("volumes")]).Children.Cast<YamlMappingNode>()
            .Single(v => Scalar(v, "name") == "knowledge");
        var items = ((YamlSequenceNode)Map(volume, "configMap").Children[new YamlScalarNode("items")]).Children.Cast<YamlMappingNode>().ToList();

        Assert.Equal(data.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal), items.Select(i => Scalar(i, "key")).Order(StringComparer.Ordinal));
        using var folder = new TempFolder();
        foreach (var item in items)
        {
            var path = folder.PathOf(Scalar(item, "path"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Scalar(data, Scalar(item, "key")));
        }

        var knowledge = KnowledgeLoader.Load(folder.Root);
        Assert.NotEmpty(knowledge.Documents);
    }

    private static YamlMappingNode Container() =>
        (YamlMappingNode)((YamlSequenceNode)Spec().Children[new YamlScalarNode("containers")]).Children.Single();

    private static YamlMappingNode Spec() =>
        Map(Map(Map(Load(Path.Combine(DeployFolder, "deployment.yaml")), "spec"), "template"), "spec");

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? string.Empty;

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CareerBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
