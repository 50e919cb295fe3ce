using Microsoft.Extensions.Options;

namespace CareerBot.Core.Routing;

/// <summary>Checks the <c>[Range]</c> attributes of <see cref="QuestionOptions"/> at start-up (source-generated).</summary>
[OptionsValidator]
internal sealed partial class QuestionOptionsValidator : IValidateOptions<QuestionOptions>;
