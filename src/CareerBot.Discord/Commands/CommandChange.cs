namespace CareerBot.Discord.Commands;

/// <summary>One command's change, with the subcommands or fields that differ when it was updated.</summary>
public sealed record CommandChange(string Name, CommandChangeKind Kind, IReadOnlyList<string> Details)
{
    public bool Equals(CommandChange? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Details.SequenceEqual(other.Details);

    public override int GetHashCode() => HashCode.Combine(Name, Kind, Details.Count);

    public override string ToString() =>
        Details.Count == 0 ? $"/{Name}: {Kind.ToString().ToLowerInvariant()}" : $"/{Name}: {Kind.ToString().ToLowerInvariant()} ({string.Join("; ", Details)})";
}
