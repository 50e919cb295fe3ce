using CareerBot.Storage.Users;

namespace CareerBot.Storage.Tests.Users;

public sealed class UserKeysTests
{
    [Fact]
    public async Task Load_NoSetting_GeneratesAKeyFileOnceReadableByTheOwnerOnly()
    {
        await using var store = TestStore.Create();

        var first = UserKeys.Load(store.Options);
        var second = UserKeys.Load(store.Options);

        Assert.Equal(first, second);
        Assert.Equal(32, first.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Options.KeyPath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(store.Options.KeyPath)!, "*.tmp"));
    }

    [Fact]
    public async Task Load_WithTheSetting_UsesIt_AndWritesNoFile()
    {
        await using var store = TestStore.Create(options => options.UserKey = new string('k', 40));

        var key = UserKeys.Load(store.Options);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(new string('k', 40)), key);
        Assert.False(File.Exists(store.Options.KeyPath));
    }

    [Fact]
    public async Task Load_ShortSetting_IsRefused()
    {
        await using var store = TestStore.Create(options => options.UserKey = "short");

        var error = Assert.Throws<StoreException>(() => UserKeys.Load(store.Options));

        Assert.Contains("Store__UserKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_KeyFileReadableByOthers_IsRefused()
    {
        await using var store = TestStore.Create();
        UserKeys.Load(store.Options);
        File.SetUnixFileMode(store.Options.KeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var error = Assert.Throws<StoreException>(() => UserKeys.Load(store.Options));

        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_KeyFileNotBase64_IsRefused()
    {
        await using var store = TestStore.Create();
        UserKeys.Load(store.Options);
        await File.WriteAllTextAsync(store.Options.KeyPath, "not a key!");

        Assert.Throws<StoreException>(() => UserKeys.Load(store.Options));
    }
}
