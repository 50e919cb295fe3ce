using System.Globalization;
using System.Text;

namespace CareerBot.Storage;

/// <summary>
/// How questions are grouped in the report: "How do I start?" and "how do i start" are one question. Lower case,
/// letters and digits only, single spaces. Every store groups with this, so reports agree whatever the database.
/// </summary>
public static class QuestionText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                space = false;
            }
            else if (c is not '\'' and not '’')
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
