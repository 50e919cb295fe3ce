namespace CareerBot.Storage.Postgres.Schema;

/// <summary>
/// Every schema version this binary knows, in order. A step is never edited once shipped: a change is a new step.
/// Timestamps are the replicas' clocks (<c>TimeProvider</c>), not the database's, so tests can drive time.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "shared delivery keys, follow-up values, conversations and rate-limit buckets", """
            CREATE TABLE careerbot_expiring (
                key text PRIMARY KEY,
                value text NULL,
                expires_at timestamptz NOT NULL,
                fresh boolean NOT NULL DEFAULT true
            );
            CREATE INDEX careerbot_expiring_by_expiry ON careerbot_expiring (expires_at);

            CREATE TABLE careerbot_conversations (
                key text PRIMARY KEY,
                state jsonb NOT NULL,
                expires_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL
            );
            CREATE INDEX careerbot_conversations_by_update ON careerbot_conversations (updated_at);

            CREATE TABLE careerbot_rate_limits (
                bucket text PRIMARY KEY,
                tokens double precision NOT NULL,
                refilled_at timestamptz NOT NULL,
                notice_at timestamptz NULL,
                granted boolean NOT NULL,
                noticed boolean NOT NULL
            );
            CREATE INDEX careerbot_rate_limits_by_use ON careerbot_rate_limits (refilled_at);
            """),
        new(2, "turns spaced across processes (Discord Identify buckets)", """
            CREATE TABLE careerbot_turns (
                key text PRIMARY KEY,
                next_at timestamptz NOT NULL
            );
            """),
        new(3, "questions and votes (the feedback store of every replica)", """
            CREATE TABLE careerbot_questions (
                answer_id text PRIMARY KEY,
                asked_at timestamptz NOT NULL,
                platform text NOT NULL,
                user_hash text NULL,
                text text NULL,
                normalized text NULL,
                intent text NOT NULL,
                answered boolean NOT NULL,
                top_source text NULL,
                answer_title text NULL,
                latency_ms double precision NOT NULL
            );
            CREATE INDEX careerbot_questions_by_time ON careerbot_questions (asked_at);

            CREATE TABLE careerbot_votes (
                answer_id text NOT NULL REFERENCES careerbot_questions (answer_id) ON DELETE CASCADE,
                user_hash text NOT NULL,
                helpful boolean NOT NULL,
                voted_at timestamptz NOT NULL,
                PRIMARY KEY (answer_id, user_hash)
            );
            """),
    ];

    public static int Latest => All[^1].Version;
}
