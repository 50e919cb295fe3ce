namespace CareerBot.Storage.Tests.Sqlite;

public sealed class GroupCommitWriterTests
{
    [Fact]
    public async Task ConcurrentWrites_AreAllCommitted_WhenTheirTasksComplete()
    {
        await using var store = await TestStore.OpenAsync();
        var questions = Enumerable.Range(0, 300).Select(_ => TestStore.Question()).ToList();

        await Task.WhenAll(questions.Select(q => Task.Run(() => store.Store.RecordQuestionAsync(q, CancellationToken.None))));

        // Read on another connection: completed means committed, visible to every reader.
        Assert.Equal(300, store.Scalar("SELECT COUNT(*) FROM questions"));
        Assert.InRange(store.Store.CommitWriter!.Batches, 1, 300);
    }

    [Fact]
    public async Task GracefulClose_CommitsEveryQueuedWrite()
    {
        await using var store = await TestStore.OpenAsync();
        var questions = Enumerable.Range(0, 200).Select(_ => TestStore.Question()).ToList();
        var writes = questions.Select(q => store.Store.RecordQuestionAsync(q, CancellationToken.None)).ToList();

        await store.Store.DisposeAsync();

        await Task.WhenAll(writes); // none failed: every queued write was committed, not dropped
        Assert.Equal(200, store.Scalar("SELECT COUNT(*) FROM questions"));
    }

    [Fact]
    public async Task AfterClose_WritesAreRefused()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Store.DisposeAsync();

        await Assert.ThrowsAsync<StoreException>(() => store.Store.RecordQuestionAsync(TestStore.Question(), CancellationToken.None));
    }

    [Fact]
    public async Task ABadRow_FailsAlone_TheRestOfItsBatchIsCommitted()
    {
        await using var store = await TestStore.OpenAsync();
        var good = Enumerable.Range(0, 20).Select(_ => TestStore.Question()).ToList();
        var bad = TestStore.Question() with { Platform = null! };

        var writes = good.Take(10).Select(q => store.Store.RecordQuestionAsync(q, CancellationToken.None))
            .Append(store.Store.RecordQuestionAsync(bad, CancellationToken.None))
            .Concat(good.Skip(10).Select(q => store.Store.RecordQuestionAsync(q, CancellationToken.None)))
            .ToList();
        await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
            }
            catch (InvalidOperationException)
            {
            }
        }));

        Assert.Equal(1, writes.Count(write => write.IsFaulted));
        Assert.True(writes[10].IsFaulted);
        Assert.Equal(20, store.Scalar("SELECT COUNT(*) FROM questions"));
    }

    [Fact]
    public async Task CancellingTheWait_DoesNotLoseTheQueuedWrite()
    {
        await using var store = await TestStore.OpenAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Store.RecordQuestionAsync(TestStore.Question(), cancelled.Token));
        await store.Store.DisposeAsync();

        Assert.Equal(1, store.Scalar("SELECT COUNT(*) FROM questions"));
    }
}
