using System.ComponentModel.DataAnnotations;

namespace CareerBot.Storage;

/// <summary>The <c>Store</c> settings (environment: <c>Store__Path</c>, ...), the same for <c>serve</c>, <c>chat</c> and <c>report</c>.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>The SQLite database file (<c>Store__Path</c>); its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Path (environment Store__Path) must name the database file, e.g. data/careerbot.db.")]
    public string Path { get; set; } = "data/careerbot.db";

    /// <summary>Questions and their votes older than this many days are deleted (<c>Store__RetentionDays</c>).</summary>
    [Range(1, 36500, ErrorMessage = "Store:RetentionDays (environment Store__RetentionDays) must be between 1 and 36500 days.")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// When false (<c>Store__RecordQuestions=false</c>) no question text and no asker are stored in any form: only
    /// the counts (time, platform, intent, answered, source, response time). Votes are still one per user.
    /// </summary>
    public bool RecordQuestions { get; set; } = true;

    /// <summary>
    /// The key of the user hash (<c>Store__UserKey</c>, at least 32 characters). Unset: a random key is generated once
    /// into <c>&lt;Path&gt;.key</c>, readable by the owner only. Never stored in the database.
    /// </summary>
    public string? UserKey { get; set; }

    /// <summary>How long opening the database waits for another process's lock before start-up fails (<c>Store__BusyTimeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Store:BusyTimeout (environment Store__BusyTimeout) must be between 00:00:00 and 00:10:00.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What an acknowledged record survives (<c>Store__Durability</c>): <c>Full</c> (default, a power loss) or <c>Process</c> (a killed process).</summary>
    public StoreDurability Durability { get; set; } = StoreDurability.Full;

    /// <summary>The file that keeps the generated user key, beside the database.</summary>
    public string KeyPath => Path + ".key";
}
