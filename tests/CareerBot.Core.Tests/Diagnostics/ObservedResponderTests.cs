using CareerBot.Core.Diagnostics;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Core.Tests.Diagnostics;

public sealed class ObservedResponderTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public async Task Questions_AreCounted_ButASharedAnswerIsNotCountedAgain()
    {
        var factory = _services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var collector = new MetricCollector<long>(factory, CoreMetrics.MeterName, "careerbot.questions");
        var responder = new ObservedResponder(new SalaryResponder(), new CoreMetrics(factory), TimeProvider.System, NullLogger<ObservedResponder>.Instance);

        await responder.RespondAsync(new ChatRequest("salary senior", "slack", "U1"), CancellationToken.None);
        var shared = await responder.RespondAsync(new ChatRequest("salary senior", "slack", "U1") { IsShare = true, SharedAnswerId = "a1" }, CancellationToken.None);

        Assert.True(shared.Answered); // the share is still answered, only not counted
        var sample = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal(1, sample.Value);
        Assert.Equal("salary", sample.Tags["intent"]);
    }

    public void Dispose() => _services.Dispose();

    private sealed class SalaryResponder : IChatResponder
    {
        public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new Reply(Intent.Salary, true, "Salaries", [], null, [], [], []));
    }
}
