using YamlDotNet.RepresentationModel;

namespace CareerBot.Tests.Deploy;

/// <summary>
/// deploy/replicas/: the HTTP Deployment (3 replicas, autoscaler, disruption budget) and the gateway StatefulSet
/// (ordinal = shard id) on one shared PostgreSQL, wired to each other and to the secrets the way Kubernetes reads them.
/// </summary>
public sealed class ReplicaManifestTests
{
    private static readonly string DeployFolder = Path.Combine(RepositoryRoot(), "deploy");
    private static readonly string ReplicasFolder = Path.Combine(DeployFolder, "replicas");

    [Fact]
    public void Manifests_AllParse_WithKindAndName()
    {
        var kinds = Directory.GetFiles(ReplicasFolder, "*.yaml").Select(Load).Select(root => $"{Scalar(root, "kind")}/{Scalar(Map(root, "metadata"), "name")}");

        Assert.Equal(
            ["Deployment/careerbot", "HorizontalPodAutoscaler/careerbot", "PodDisruptionBudget/careerbot", "Service/careerbot", "Service/careerbot-gateway", "StatefulSet/careerbot-gateway"],
            kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HttpDeployment_ThreeInteractionsOnlyReplicas_OnTheSharedStore_WithProbes()
    {
        var http = Workload("http-deployment.yaml");
        var env = Env(Container(http));

        Assert.Equal("3", Scalar(Map(http, "spec"), "replicas"));
        Assert.Equal("false", env["Discord__Gateway"].Value);
        AssertSharedStore(env);
        AssertProbes(Container(http));
    }

    [Fact]
    public void Autoscaler_AndDisruptionBudget_TargetTheHttpReplicas()
    {
        var http = Workload("http-deployment.yaml");
        var hpa = Map(Load(Path.Combine(ReplicasFolder, "http-autoscaler.yaml")), "spec");
        var target = Map(hpa, "scaleTargetRef");
        Assert.Equal(("Deployment", Scalar(Map(http, "metadata"), "name")), (Scalar(target, "kind"), Scalar(target, "name")));
        Assert.Equal("3", Scalar(hpa, "minReplicas"));

        var pdb = Map(Load(Path.Combine(ReplicasFolder, "http-disruption-budget.yaml")), "spec");
        Assert.True(Selects(Map(Map(pdb, "selector"), "matchLabels"), PodLabels(http)));
        Assert.False(Selects(Map(Map(pdb, "selector"), "matchLabels"), PodLabels(Workload("gateway-statefulset.yaml"))));
        Assert.True(int.Parse(Scalar(pdb, "minAvailable"), System.Globalization.CultureInfo.InvariantCulture) < 3);
    }

    [Fact]
    public void HttpService_RoutesToTheHttpReplicasOnly()
    {
        var selector = Map(Map(Load(Path.Combine(ReplicasFolder, "http-service.yaml")), "spec"), "selector");

        Assert.True(Selects(selector, PodLabels(Workload("http-deployment.yaml"))));
        Assert.False(Selects(selector, PodLabels(Workload("gateway-statefulset.yaml"))));
    }

    [Fact]
    public void GatewayStatefulSet_OrdinalIsTheShardId_CountMatchesTheReplicas_OnTheSharedStore()
    {
        var gateway = Workload("gateway-statefulset.yaml");
        var spec = Map(gateway, "spec");
        var env = Env(Container(gateway));

        Assert.Equal("metadata.labels['apps.kubernetes.io/pod-index']", Scalar(Map(Map(env["Discord__ShardId"].Node, "valueFrom"), "fieldRef"), "fieldPath"));
        Assert.Equal(Scalar(spec, "replicas"), env["Discord__ShardCount"].Value);
        Assert.Equal("true", env["Discord__Gateway"].Value);
        var headless = Load(Path.Combine(ReplicasFolder, "gateway-service.yaml"));
        Assert.Equal(Scalar(Map(headless, "metadata"), "name"), Scalar(spec, "serviceName"));
        Assert.Equal("None", Scalar(Map(headless, "spec"), "clusterIP"));
        AssertSharedStore(env);
        AssertProbes(Container(gateway));
    }

    private static void AssertSharedStore(Dictionary<string, (string Value, YamlMappingNode Node)> env)
    {
        Assert.Equal("postgres", env["Store__Provider"].Value);
        var secretRef = Map(Map(env["Store__ConnectionString"].Node, "valueFrom"), "secretKeyRef");
        var secret = Load(Path.Combine(DeployFolder, "store-secret.example.yaml"));
        Assert.Equal(Scalar(Map(secret, "metadata"), "name"), Scalar(secretRef, "name"));
        Assert.StartsWith("Host=", Scalar(Map(secret, "stringData"), Scalar(secretRef, "key")), StringComparison.Ordinal);
        // Every replica hashes users with one key (start-up stops without it on PostgreSQL), from the same secret.
        var keyRef = Map(Map(env["Store__UserKey"].Node, "valueFrom"), "secretKeyRef");
        Assert.Equal(Scalar(Map(secret, "metadata"), "name"), Scalar(keyRef, "name"));
        Assert.True(Scalar(Map(secret, "stringData"), Scalar(keyRef, "key")).Length >= 32);
    }

    private static void AssertProbes(YamlMappingNode container)
    {
        Assert.Equal("/healthz", Scalar(Map(Map(container, "livenessProbe"), "httpGet"), "path"));
        Assert.Equal("/readyz", Scalar(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
    }

    private static bool Selects(YamlMappingNode selector, YamlMappingNode labels) =>
        selector.Children.All(pair => labels.Children.TryGetValue(pair.Key, out var value) && ((YamlScalarNode)value).Value == ((YamlScalarNode)pair.Value).Value);

    private static YamlMappingNode PodLabels(YamlMappingNode workload) => Map(Map(Map(Map(workload, "spec"), "template"), "metadata"), "labels");

    private static YamlMappingNode Workload(string file) => Load(Path.Combine(ReplicasFolder, file));

    private static YamlMappingNode Container(YamlMappingNode workload) =>
        (YamlMappingNode)((YamlSequenceNode)Map(Map(Map(workload, "spec"), "template"), "spec").Children[new YamlScalarNode("containers")]).Children.Single();

    private static Dictionary<string, (string Value, YamlMappingNode Node)> Env(YamlMappingNode container) =>
        ((YamlSequenceNode)container.Children[new YamlScalarNode("env")]).Children.Cast<YamlMappingNode>()
            .ToDictionary(e => Scalar(e, "name"), e => (e.Children.ContainsKey(new YamlScalarNode("value")) ? Scalar(e, "value") : string.Empty, e));

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
