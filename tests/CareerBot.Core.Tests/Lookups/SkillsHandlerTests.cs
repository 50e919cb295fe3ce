using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

public sealed class SkillsHandlerTests
{
    [Theory]
    [InlineData("skills maths", "Mathematical Foundation", "Multivariate calculus")]
    [InlineData("skills technical", "Technical Skills", "GPU programming and CUDA")]
    [InlineData("skills domain", "Domain Knowledge", "Computer vision")]
    public async Task Skills_Area_ListsThatAreasItems(string question, string title, string item)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal(Intent.Skills, reply.Intent);
        Assert.Equal(title, reply.Title);
        Assert.Contains(item, PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beyond coding and maths, which other areas should an ML engineer study?", "Domain Knowledge")]
    [InlineData("skills apart from the technical and mathematical ones", "Domain Knowledge")]
    public async Task Skills_AreasSetAside_AreNotTheOnesShown(string question, string title)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal((Intent.Skills, title), (reply.Intent, reply.Title));
        Assert.DoesNotContain("Linear algebra", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skills_OnlyAnAreaNameThatIsAlsoOneOfItsSkills_SetAside_LeavesTheRestOfTheArea()
    {
        // "Coding" names the technical area and its programming languages; alone, it sets aside the languages.
        var reply = await ShippedKnowledge.AskAsync("what tech stuff should an MLE be good at besides just coding?");
        var main = PlainTextRenderer.RenderAnswer(reply);

        Assert.Equal(Intent.Skills, reply.Intent);
        Assert.Contains("GPU programming and CUDA", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skills_OneSkillSetAside_LeavesTheRestOfItsArea()
    {
        var text = PlainTextRenderer.RenderAnswer(await ShippedKnowledge.AskAsync("what skills does an ML engineer need apart from python?"));

        Assert.Contains("Linux/Unix systems", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skills_NoArea_ListsAllThreeAreas()
    {
        var text = await ShippedKnowledge.AskTextAsync("skills");

        Assert.Contains("Linux/Unix systems", text, StringComparison.Ordinal);
        Assert.Contains("Matrix operations", text, StringComparison.Ordinal);
        Assert.Contains("Deep learning principles", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what skills and maths do I need for the job?", true)] // the skills in general, and one area beside them
    [InlineData("which technical skills and maths do ML engineers need?", false)] // two areas by name: those two
    [InlineData("List every must-have skill for an ML engineer: tech and maths.", false)]
    public async Task Skills_SkillsInGeneralBesideAnArea_ListsEveryArea(string question, bool domainShown)
    {
        var text = await ShippedKnowledge.AskTextAsync(question);

        Assert.Contains("Linux/Unix systems", text, StringComparison.Ordinal);
        Assert.Contains("Matrix operations", text, StringComparison.Ordinal);
        Assert.Equal(domainShown, text.Contains("Deep learning principles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Skills_QuestionNamingSkills_ConfirmsTheyAreListed()
    {
        var text = await ShippedKnowledge.AskTextAsync("do ML engineers need to know big data technologies and distributed computing?");

        Assert.Contains("Yes: the guide lists Distributed computing and Big data technologies", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillsCheck_SplitsHaveAndStillToLearnPerArea()
    {
        var reply = await ShippedKnowledge.AskAsync("skills check python, linear algebra, statistics, computer vision, knitting");

        Assert.Equal(Intent.Skills, reply.Intent);
        var technical = reply.Fields.Single(f => f.Name.StartsWith("Technical Skills", StringComparison.Ordinal));
        Assert.Equal("Technical Skills (1/6)", technical.Name);
        Assert.StartsWith("Have: Programming languages (Python, Java, C++)", technical.Value, StringComparison.Ordinal);
        Assert.Contains("Still to learn: Linux/Unix systems", technical.Value, StringComparison.Ordinal);
        Assert.Equal("Mathematical Foundation (2/5)", reply.Fields[1].Name);
        Assert.Equal("Domain Knowledge (1/5)", reply.Fields[2].Name);
        var text = PlainTextRenderer.Render(reply);
        Assert.Contains("You have 4 of the 16 skills the guide lists.", text, StringComparison.Ordinal);
        Assert.Contains("Not in the guide's skill lists (so I can't place them): knitting.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillsCheck_NothingListed_ExplainsTheFormat()
    {
        var text = await ShippedKnowledge.AskTextAsync("skills check");

        Assert.Contains("separated by commas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillsCheck_FreeText_FindsTheSkillsInTheSentence()
    {
        var reply = await ShippedKnowledge.AskAsync("I know python and linear algebra, what am I missing?");

        Assert.Equal("Your skills against the guide", reply.Title);
        Assert.Contains("You have 2 of the 16", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }
}
