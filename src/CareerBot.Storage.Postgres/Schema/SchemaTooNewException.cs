namespace CareerBot.Storage.Postgres.Schema;

/// <summary>The database was migrated by a newer careerbot than this one: refusing beats writing rows it cannot read.</summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException()
    {
    }

    public SchemaTooNewException(string message)
        : base(message)
    {
    }

    public SchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal SchemaTooNewException(int found, int known)
        : base($"The PostgreSQL store (Store__ConnectionString) has schema version {found}, newer than the {known} this careerbot knows: run the newer careerbot, or point Store__ConnectionString at another database.")
    {
        Found = found;
        Known = known;
    }

    /// <summary>The database's schema version.</summary>
    public int Found { get; }

    /// <summary>The newest version this binary knows.</summary>
    public int Known { get; }
}
