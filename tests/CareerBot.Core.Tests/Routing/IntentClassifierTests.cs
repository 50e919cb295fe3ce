using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Routing;

public sealed class IntentClassifierTests
{
    [Theory]
    [InlineData("what does 'career progression' mean here?", "ask")] // a quoted heading is its section's, not the ladder lookup's
    [InlineData("what study plan would you suggest for becoming an ML engineer?", "ask")] // words and meaning both choose the educational path
    [InlineData("what skills do I need to become an ML engineer?", "skills")] // the meaning leans to the entry requirements; the words do not
    [InlineData("how much does a senior ML engineer earn", "salary")]
    [InlineData("what's the comp for a mid level MLE", "salary")]
    [InlineData("is 150k realistic for a machine learning engineer", "salary")]
    [InlineData("what does a principal engineer make in ML", "salary")]
    [InlineData("what do ML engineers make?", "salary")] // "make" at the end, after the bot's own role
    [InlineData("do lead ML engineers make more than seniors?", "salary-compare")]
    [InlineData("is an industry cert worth the money for an MLE?", "ask")] // value for money, not pay
    [InlineData("what do ML engineers make with their models?", "ask")] // "make" is not pay here
    [InlineData("senior vs lead pay", "salary-compare")]
    [InlineData("what maths do I need", "skills")]
    [InlineData("recruiter here - when screening ML engineer candidates, what math background should I look for?", "skills")] // which things of an area
    [InlineData("which tools should I pick up for the job?", "skills")]
    [InlineData("what do ml engineers need to know on the technical side", "skills")] // "the technical side" names the area asked
    [InlineData("which programming languages should an ML engineer learn", "skills")]
    [InlineData("what soft skills does an ML engineer need?", "ask")] // a kind of skill no section names
    [InlineData("list the tech skills an MLE needs", "skills")] // "tech" is held through its synonym
    [InlineData("I know python and linear algebra, what am I missing?", "skills-check")]
    [InlineData("what comes after lead", "path")]
    [InlineData("what comes after a junior role?", "path")] // "after" always orders rungs, whatever the words choose
    [InlineData("the money matters most to me, so what's the next title after lead?", "path")] // pay is why they ask; the question after "so" is what
    [InlineData("what kind of background do employers want from a junior ML engineer applicant?", "ask")] // "from" places no rung here: the entry requirements
    [InlineData("what coding background do hiring managers expect from applicants?", "ask")] // asks which of an area in form, the entry requirements in words and meaning
    [InlineData("what is the career ladder for ML engineers", "path")]
    [InlineData("what role comes before ML architect", "path")]
    [InlineData("data scientist vs ML engineer", "compare")]
    [InlineData("what does a data scientist do differently", "compare")]
    [InlineData("do data scientists write production code?", "compare")]
    [InlineData("ethics - is that actually part of the job or just PR", "ask")] // sounds like a comparison, compares nothing
    [InlineData("is an ML engineer more of a programmer or a scientist?", "ask")] // the guide: "a specialized programmer"
    [InlineData("does an mle actually train the models or just ship whatever the data scientists hand over?", "ask")] // the other role named, the responsibilities asked
    [InlineData("is model training the ML engineer's job or do they just deploy what data scientists build?", "ask")] // the comparison within 0.02 in meaning; the words agree on the responsibilities
    [InlineData("how is an ML engineer different from a data scientist?", "compare")]
    [InlineData("hello", "help")]
    [InlineData("what can you do?", "help")]
    [InlineData("what benefits besides salary do ML engineers get?", "ask")]
    [InlineData("how do I get started in ML engineering?", "ask")]
    [InlineData("do ml engineers monitor model performance after launch?", "ask")]
    [InlineData("how much does a dentist earn", "ask")]
    [InlineData("what's the gap between mid and lead?", "salary-compare")] // mid is a pay level, not a rung of the ladder
    [InlineData("compare the top and bottom of the career ladder", "path")] // "compare" within the ladder
    [InlineData("compare domain knowledge with the maths skills", "skills")] // "compare" within the skills
    [InlineData("compare ML engineers and data scientists", "compare")]
    [InlineData("I've written C++ for years; how do I start in ML engineering?", "ask")] // a skill named in passing
    [InlineData("are ml skills in demand outside big tech?", "ask")] // a skill word, but nearest the demand section
    [InlineData("what tech should a wannabe MLE be comfortable with?", "skills")] // "tech" names the technical area
    [InlineData("which tech companies hire ML engineers?", "ask")] // ... but here it asks to name employers
    [InlineData("What's the recommended educational path - the study route, not the job ladder?", "ask")] // what it turns away from is not asked
    [InlineData("What are the requirements to get in? I don't mean entry-level pay, I mean what you need to be hired at all.", "ask")] // what the asker does not mean
    [InlineData("what's the going rate for an ML engineer in the middle of their career, not junior not senior?", "salary")] // levels set aside are not compared
    public void Classify_FreeText_RoutesByIntent(string text, string expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text, ShippedKnowledge.Snapshot).Name);
    }

    [Theory]
    [InlineData("money aside, is the day-to-day work of an ML engineer interesting?")]
    [InlineData("besides the money, why do people like being ML engineers?")]
    [InlineData("not asking about pay: how do ML engineers spend their week?")]
    [InlineData("what is rewarding about ML engineering, not the money?")]
    [InlineData("what comes after lead ML engineer, in terms of title, not pay?")]
    [InlineData("what should an ML engineer pay attention to when deploying models?")]
    [InlineData("is ML engineering a job where you get paid to learn new things?")]
    public void Classify_PayPutAsideOrNotMoney_IsNotAPayQuestion(string text)
    {
        Assert.DoesNotContain("salary", CommandParser.Parse(text, ShippedKnowledge.Snapshot).Name, StringComparison.Ordinal);
    }
}
