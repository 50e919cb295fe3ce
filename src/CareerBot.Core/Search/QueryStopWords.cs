using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CareerBot.Core.Search;

/// <summary>
/// Words that carry no topic: Lucene's English stop words plus the filler of spoken questions
/// ("what", "should", "important"). Removing them lets confidence measure how much of the
/// question's subject the guide actually covers.
/// </summary>
internal static class QueryStopWords
{
    private static readonly string[] Filler =
    [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "anyone", "are", "as", "at",
        "be", "been", "before", "being", "best", "better", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "each", "else", "etc", "ever", "every", "for", "from", "get", "gets", "getting", "give", "go", "going",
        "good", "got", "had", "has", "have", "having", "he", "hello", "her", "here", "hey", "hi", "him", "his", "how",
        "i", "i'm", "if", "important", "in", "into", "is", "it", "its", "just", "kind", "know", "like", "lot", "lots",
        "main", "many", "may", "me", "might", "more", "most", "much", "must", "my", "need", "needed", "needs",
        "necessary", "no", "nor", "not", "of", "off", "on", "one", "only", "or", "other", "our", "out", "over",
        "please", "pls", "plz", "really", "should", "so", "some", "something", "such", "tell", "than", "thanks",
        "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "this", "those", "to",
        "too", "typical", "typically", "u", "under", "up", "us", "useful", "usually", "very", "want", "was", "way",
        "ways", "we", "well", "were", "what", "whats", "what's", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "yes", "you", "your", "come", "comes", "coming", "worth", "actually", "am",
        "someone", "somebody", "person", "people", "guy", "usually", "generally", "exactly", "next", "now", "today",
        "use", "used", "uses", "using", "even", "anyway", "ok", "okay", "pretty", "quite", "still", "already", "maybe", "probably", "yet", "ya", "yeah", "nah", "lol", "tl", "dr", "tldr", "realistically", "possible", "possibly", "able", "day", "one", "long", "term", "im", "ive", "id", "ill", "later", "take", "takes", "part", "yrs", "year", "years", "incl", "including", "full", "whole", "entire", "complete", "normal", "hit", "nowadays", "currently", "stuff",
        "without", "already", "having", "within", "across", "along", "among", "around", "because", "since", "though",
        "although", "unless", "until", "upon", "via", "whether", "whose", "yet", "anything", "everything", "nothing",
        "anybody", "everybody", "nobody", "somewhere", "anywhere", "own", "same", "different", "new", "old", "big",
        "small", "great", "little", "few", "less", "least", "enough", "own", "sure", "true", "right", "wrong",
        "easy", "hard", "possible", "likely", "able", "allowed", "let", "lets", "make", "makes", "made", "put",
        "keep", "seem", "seems", "look", "looks", "looking", "find", "think", "thought", "feel", "try", "trying",
        "wonder", "wondering", "curious", "asking", "ask", "question", "questions", "answer", "someones", "else",
        "somehow", "anyhow", "currently", "later", "soon", "often", "always", "never", "sometimes", "again", "once",
        "tho", "tbh", "kinda", "sorta", "gonna", "wanna", "gotta", "ur", "yall", "thx", "ty", "rn", "imo", "imho",
        "btw", "idk", "lmao", "hmm", "wat", "wut", "yo", "bro", "dude", "guys", "bot", "anyways", "exactly", "sentence",
        "summary", "short", "brief", "briefly", "quick", "quickly", "simple", "simply", "words", "word", "basically",
        "high", "higher", "overall", "choice", "option", "another", "eventually", "someday", "ultimately", "description", "descriptions", "definition", "define", "defined", "meaning", "described", "honestly", "seriously", "literally", "truly", "definitely", "certainly", "much", "such", "lot", "lots",
        "besides", "beside", "aside", "apart", "except", "itself", "themselves", "myself", "yourself", "ourselves", "himself", "herself", "r", "help", "explain", "describe", "list", "show", "say", "says", "mean", "means",
    ];

    /// <summary>The words themselves (the typo corrector must never "correct" one of them).</summary>
    public static IEnumerable<string> Words => Filler;

    internal static CharArraySet Create() => new(LuceneVersion.LUCENE_48, Filler, ignoreCase: true);
}
