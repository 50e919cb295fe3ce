using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>Follow-ups through the whole engine: a question that lacks a subject takes the previous one; one that has its own is untouched.</summary>
public sealed class ConversationMemoryTests
{
    private readonly string _conversation = "test-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Salary_AndForLead_GivesTheLeadSalary()
    {
        await AskAsync("How much does a senior ML engineer make?");

        var reply = await AskAsync("and for lead?");

        Assert.Equal((Intent.Salary, true), (reply.Intent, reply.Answered));
        Assert.Contains("Lead/Principal Engineer: $200,000-$300,000+", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and senior?")]
    [InlineData("and for a senior one?")]
    [InlineData("and once you're senior?")] // getting to a level is no subject of its own
    [InlineData("what about when you become a senior?")]
    public async Task Salary_ABareLevelThatAloneIsALadderQuestion_ContinuesThePayQuestion(string followUp)
    {
        await AskAsync("lead mle salary?");

        var reply = await AskAsync(followUp);

        Assert.Equal((Intent.Salary, true), (reply.Intent, reply.Answered));
        Assert.Contains("Senior ML Engineer: $160,000-$200,000+", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_FollowUpsChain_EachTakesTheLastSubject()
    {
        await AskAsync("salary senior");
        await AskAsync("what about lead?");

        var reply = await AskAsync("and mid?");

        Assert.Equal("Mid-level ML Engineer salary", reply.Title);
    }

    [Theory]
    [InlineData("how much does a mid-level ML engineer make?", "and one level above that?", "Senior ML Engineer salary")]
    [InlineData("salary senior", "and the level below?", "Mid-level ML Engineer salary")]
    [InlineData("salary senior", "what about the next level up?", "Lead/Principal Engineer salary")]
    [InlineData("lead mle salary?", "and one step up, mid?", "Mid-level ML Engineer salary")] // the level named, the step only says it moves
    public async Task Salary_AStepUpOrDownAfterALevelsPay_IsTheNextBandsPayNotTheLadder(string question, string followUp, string title)
    {
        await AskAsync(question);

        var reply = await AskAsync(followUp);

        Assert.Equal((Intent.Salary, title), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Salary_WhatAboutOnceYoureARungWithoutPay_SaysTheDataHasNoFigureForIt()
    {
        await AskAsync("starting salary for an ML engineer?");

        var reply = await AskAsync("what about once you're an ML architect?");

        Assert.Equal((Intent.Salary, false), (reply.Intent, reply.Answered));
        Assert.Contains("no salary figure for ML Architect", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_WhatAboutForTheOtherRole_AsksThatRolesPayWhichTheDataDoesNotHold()
    {
        await AskAsync("starting pay for a fresh grad ML engineer?");

        var reply = await AskAsync("what about for a data scientist?");

        Assert.Equal((Intent.Salary, false), (reply.Intent, reply.Answered));
        Assert.Contains("no salary figures for data scientist", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_AFollowUpWithATopicOfItsOwnTheKnowledgeLacks_StandsAlone()
    {
        await AskAsync("how much does a senior ML engineer make?");

        var reply = await AskAsync("is that before or after tax?");

        Assert.False(reply.Answered, Text(reply)); // not "before senior" on the ladder
        Assert.NotEqual(Intent.Path, reply.Intent);
    }

    [Fact]
    public async Task Path_TheLastOneOnThatList_IsTheTopOfTheLadder_AndItsPayIsNotInTheData()
    {
        await AskAsync("what's the usual progression for ML engineers, title-wise?");

        var last = await AskAsync("ok and what's the last one on that list?");
        var pay = await AskAsync("how much does that one pay?");

        Assert.Equal(Intent.Path, last.Intent);
        Assert.Contains("The top of the ladder in the guide is AI/ML Director.", Text(last), StringComparison.Ordinal);
        Assert.False(pay.Answered);
        Assert.Contains("no salary figure for AI/ML Director", Text(pay), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what trends are coming up in ML engineering?", "and what does that mean for my career going forward?", "Industry Trends", "Career Evolution")]
    [InlineData("what's gonna change in ML engineering over the next few years?", "and how does that affect the careers of people already in the job?", "Industry Trends", "Career Evolution")]
    // The last answer set aside ("besides that"): the rest is asked, and another section answers.
    [InlineData("what education do I need to become an ML engineer?", "apart from that, what do hiring managers expect?", "Educational Path", "Entry Requirements")]
    [InlineData("what education do I need to become an ML engineer?", "what else do companies want to see besides that?", "Educational Path", "Entry Requirements")]
    public async Task Ask_ANewQuestionAboutTheLastAnswer_IsAnsweredByAnotherSection(string question, string followUp, string firstSection, string section)
    {
        var first = await AskAsync(question);

        var reply = await AskAsync(followUp);

        Assert.Equal(firstSection, first.Title);
        Assert.Equal((true, section), (reply.Answered, reply.Title));
    }

    [Fact]
    public async Task Ask_AQuantityOfItsOwnAfterAGuideAnswer_IsNotAnsweredWithAnotherSection()
    {
        await AskAsync("I'm a CS sophomore, how do I get real ML experience before graduating?");

        var reply = await AskAsync("how many hours a week should I put into that?");

        Assert.False(reply.Answered, Text(reply));
    }

    [Fact]
    public async Task Ask_AYesOrNoQuestionAboutTheLastAnswer_StaysWithIt()
    {
        var first = await AskAsync("what does an ML engineer do day to day?");

        var reply = await AskAsync("does that include watching the models after they go live?");

        Assert.Equal(first.Title, reply.Title);
        Assert.Contains("monitoring", PlainTextRenderer.RenderAnswer(reply), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Tell me the ML career progression from start to finish", "how much does the last one on that list make?")] // the pay of the rung picked
    [InlineData("what's the most senior job on the ML engineering career ladder?", "and what does that person get paid?")] // the top, not "senior"
    public async Task Salary_OfTheTopOfTheLadder_AfterALadderAnswer_IsNotInTheData(string question, string followUp)
    {
        await AskAsync(question);

        var pay = await AskAsync(followUp);

        Assert.Equal((Intent.Salary, false), (pay.Intent, pay.Answered));
        Assert.Contains("no salary figure for AI/ML Director", Text(pay), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and what is at the very top?", "The top of the ladder in the guide is AI/ML Director.")]
    [InlineData("and where does it all begin?", "The ladder starts at Junior ML Engineer.")]
    public async Task Path_AnEndAskedWithoutTheLadderNamed_AfterALadderAnswer_IsThatEnd(string followUp, string expected)
    {
        await AskAsync("i am a lead MLE, what comes next for me?");

        var reply = await AskAsync(followUp); // alone, no word of it is the field's: the guide search would refuse it

        Assert.Equal((Intent.Path, true), (reply.Intent, reply.Answered));
        Assert.Contains(expected, Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_TheFirstOne_IsWhereTheLadderStarts()
    {
        await AskAsync("what are the steps of the ML engineering career ladder?");

        var reply = await AskAsync("and the first one?");

        Assert.Contains("The ladder starts at Junior ML Engineer.", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_AStepUpAfterANamedFigure_StartsFromTheBandTheFigureFellIn()
    {
        await AskAsync("got my first mle offer at 100k, fair?");

        var reply = await AskAsync("and one level above that?");

        Assert.Equal((Intent.Salary, "Mid-level ML Engineer salary"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Path_AStepUpAfterALadderQuestion_StaysOnTheLadder()
    {
        await AskAsync("what comes after senior?");

        var reply = await AskAsync("and one level above that?");

        Assert.Equal(Intent.Path, reply.Intent);
    }

    [Theory]
    [InlineData("what's the highest role on the ML engineering ladder?", "how much does that pay?", "no salary figure for AI/ML Director")]
    [InlineData("where does the ladder start?", "and how much does that pay?", "Entry-level ML Engineer: $90,000-$120,000")]
    public async Task Path_TheRungTheAnswerNamed_IsWhatThatPayRefersTo(string question, string followUp, string expected)
    {
        await AskAsync(question);

        var reply = await AskAsync(followUp);

        Assert.Equal(Intent.Salary, reply.Intent);
        Assert.Contains(expected, Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skills_WhatAboutTheMaths_GivesTheMathematicalSkills()
    {
        await AskAsync("what technical skills does an ML engineer need?");

        var reply = await AskAsync("what about the maths?");

        Assert.Equal((Intent.Skills, "Mathematical Foundation"), (reply.Intent, reply.Title));
    }

    [Theory]
    [InlineData("and on the coding side?")]
    [InlineData("what about the programming part?")]
    public async Task Skills_AnAreaFramedAsASide_GivesThatAreasSkills(string followUp)
    {
        await AskAsync("what kind of maths do ML engineers use?");

        var reply = await AskAsync(followUp);

        Assert.Equal(Intent.Skills, reply.Intent);
        Assert.Contains("Programming languages (Python, Java, C++)", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skills_AndABareArea_GivesThatAreasSkills()
    {
        await AskAsync("what technical skills does an ML engineer need?");

        var reply = await AskAsync("and domain?");

        Assert.Equal((Intent.Skills, "Domain Knowledge"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Path_AndSenior_GivesThePathFromSenior()
    {
        await AskAsync("what comes after mid?");

        var reply = await AskAsync("and senior?");

        Assert.Equal((Intent.Path, "What comes after Senior ML Engineer"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Salary_WhatComesAfterThat_ReadsThatAsTheLevel()
    {
        await AskAsync("how much does a senior make?");

        var reply = await AskAsync("what comes after that?");

        Assert.Equal((Intent.Path, "What comes after Senior ML Engineer"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Path_WhatDoTheyEarn_TakesTheRungThePreviousAnswerGave()
    {
        // "What comes after senior?" - "Lead ML Engineer": "they" are the leads just named.
        await AskAsync("what comes after senior?");

        var reply = await AskAsync("and what do they earn?");

        Assert.Equal((Intent.Salary, "Lead/Principal Engineer salary"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Path_WhatDoTheyEarn_AfterALadderQuestionAboutOneRung_TakesThatRung()
    {
        await AskAsync("how do I become a senior ML engineer?");

        var reply = await AskAsync("and what do they earn?");

        Assert.Equal((Intent.Salary, "Senior ML Engineer salary"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task Compare_WhatDoTheyHaveInCommon_ReadsTheyAsTheComparedRoles()
    {
        await AskAsync("how is an ML engineer different from a data scientist?");

        var reply = await AskAsync("ok so what do they share?");

        Assert.Equal(Intent.Compare, reply.Intent);
        Assert.StartsWith("Overlapping skills", reply.Paragraphs.First(b => b.Items.Count > 0).Text, StringComparison.Ordinal);
        // Alone it is a guide search (its answer comes from the overlap section), not the comparison lookup.
        Assert.NotEqual(reply.Title, (await ShippedKnowledge.AskAsync("ok so what do they share?")).Title);
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("why?")]
    [InlineData("can you elaborate on that?")]
    public async Task Guide_MoreOfTheSame_StaysOnTheSameTopic(string followUp)
    {
        var first = await AskAsync("how can I build practical experience?");

        var reply = await AskAsync(followUp);

        Assert.True(reply.Answered);
        Assert.Equal(first.Title, reply.Title);
    }

    [Fact]
    public async Task Guide_HowLongDoesThatTake_SaysTheGuideDoesNotSay()
    {
        await AskAsync("how can I build practical experience?");

        var reply = await AskAsync("how long does that take?");

        Assert.False(reply.Answered);
        Assert.Contains("doesn't say how long", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_AfterThat_AndThatLevelsPay_FollowTheRungTheLastAnswerGave()
    {
        await AskAsync("I'm a junior ML engineer, what's the next step up for me?");

        var next = await AskAsync("and after that?");
        var pay = await AskAsync("how much would I earn at that level?");

        Assert.Equal("What comes after Senior ML Engineer", next.Title);
        Assert.Equal("Lead/Principal Engineer salary", pay.Title);
    }

    [Theory]
    [InlineData("which of the two pays more?")]
    [InlineData("so which one earns more?")]
    [InlineData("which of them gets paid better?")]
    [InlineData("so who earns more?")] // "who" with a comparison after two roles is about them
    [InlineData("who gets paid better?")]
    public async Task Compare_WhichOfTheTwoPaysMore_SaysThereAreNoFiguresForTheOtherRole(string followUp)
    {
        await AskAsync("what's the difference between an ML engineer and a data scientist?");

        var reply = await AskAsync(followUp);

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("no salary figures for data scientist", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_WhichOfThosePaysTheBest_AfterAListWithoutFigures_SaysTheGuideDoesNotSay()
    {
        await AskAsync("what's hot in ML eng these days, trend-wise?");

        var reply = await AskAsync("which of those pays the best?");

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("My guide doesn't say what each of those pays", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_OfTheRolesByAbbreviation_WhichOnePaysBetter_SaysThereAreNoFiguresForTheOtherRole()
    {
        await AskAsync("my manager keeps mixing up DS and MLE. how do they actually differ?");
        await AskAsync("ok so what do they have in common?");

        var reply = await AskAsync("which one pays better?");

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("no salary figures for data scientist", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tell me more about the learning part", "Career Benefits: Continuous Learning")] // "learning" alone is no field name
    [InlineData("say more about the money part", "Career Benefits: Competitive Compensation")] // not the salary table
    public async Task MoreAboutOnePart_OfAGuideAnswer_IsThatPartsSection(string followUp, string section)
    {
        var reasons = await AskAsync("why would anyone pick this career");

        var reply = await AskAsync(followUp);

        Assert.Equal("Career Benefits", reasons.Title);
        Assert.True(reply.Answered, Text(reply));
        Assert.Equal((Intent.Ask, section), (reply.Intent, reply.Title));
    }

    [Theory]
    [InlineData("is data science basically the same thing as ML engineering?")] // one role named, the fields of both
    [InlineData("how do the two roles differ?")] // none named
    public async Task Compare_AnsweredWithTheComparison_WhichOnePaysMore_IsAboutBothItsRoles(string question)
    {
        var compared = await AskAsync(question);

        var reply = await AskAsync("and which one gets paid more?");

        Assert.Equal(Intent.Compare, compared.Intent);
        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("no salary figures for data scientist", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which areas of specialised knowledge matter for ML engineers?", "which of these deals with pictures and video?", "Computer vision")]
    [InlineData("how do I gain practical experience for ML engineering?", "which of those could I do at home in my spare time?", "Personal projects")]
    [InlineData("how do I gain practical experience for ML engineering?", "which of these is about contributing to public code?", "Open source contributions")]
    public async Task WhichOfThose_PicksTheItemOfThePreviousAnswerThatFits(string question, string followUp, string item)
    {
        await AskAsync(question);

        var reply = await AskAsync(followUp);

        Assert.True(reply.Answered, Text(reply));
        Assert.Equal($"Of those: {item}.", reply.Paragraphs[0].Text);
        Assert.Contains(reply.Paragraphs, b => b.Items.Contains(item));
    }

    [Theory]
    [InlineData("what domain knowledge does an ML engineer need?", "which of those should I study first?")]
    [InlineData("what are the core responsibilities of an ML engineer?", "which one matters most?")]
    [InlineData("how can I get practical experience?", "which of these is the easiest way in?")]
    [InlineData("what trends are shaping the future of ML engineering?", "which of those is the biggest deal?")]
    [InlineData("what programming languages do ML engineers use?", "which one should I start with?")] // "which one", as "which of those"
    public async Task WhichOfThose_RankedBySomeMeasure_SaysTheGuideListsThemSideBySide(string question, string followUp)
    {
        var first = await AskAsync(question);

        var reply = await AskAsync(followUp);

        Assert.True(first.Answered, Text(first));
        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("My guide doesn't say which of those comes first or matters most", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichOne_RankedOnTheLadder_IsStillTheLadders()
    {
        await AskAsync("list the ML engineer career levels");

        var reply = await AskAsync("which one comes first?");

        Assert.True(reply.Answered, Text(reply));
        Assert.Equal(Intent.Path, reply.Intent);
    }

    [Theory]
    [InlineData("how big are those bonuses normally?")]
    [InlineData("how generous are the stock options usually?")]
    public async Task HowBigAreThoseBonuses_AfterTheBenefits_SaysTheGuideGivesNoAmount(string followUp)
    {
        await AskAsync("what perks come with the job besides salary?");

        var reply = await AskAsync(followUp);

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("My guide doesn't say what that is worth", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoEarnsMore_WithoutTwoRolesBefore_StandsAlone()
    {
        await AskAsync("what does a senior ML engineer earn?");

        var reply = await AskAsync("who earns more, senior or lead?");

        Assert.True(reply.Answered, Text(reply));
        Assert.Equal(Intent.Salary, reply.Intent);
    }

    [Fact]
    public async Task Path_WhatDoesTheOneAtTheTopGetPaid_IsTheTopRungsPay_WhichTheDataLacks()
    {
        await AskAsync("what's the career path for ML engineers?");

        var reply = await AskAsync("and what does the one at the very top get paid?");

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("no salary figure for AI/ML Director", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_WhatAboutAtTheVeryTop_NamingALevel_IsThatLevelsPay()
    {
        await AskAsync("what does a mid-level MLE make?");
        await AskAsync("and seniors?");

        var reply = await AskAsync("what about at the very top, lead or principal?");

        Assert.True(reply.Answered, Text(reply));
        Assert.Equal((Intent.Salary, "Lead/Principal Engineer salary"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task WhichOfThose_Ranked_AfterAnAnswerWithoutAList_SaysTheGuideDoesNotRankIt()
    {
        await AskAsync("what is a machine learning engineer?");

        var reply = await AskAsync("which of those is the most important?");

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("which of those comes first or matters most", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does a senior ML engineer make?", "does that include bonuses and stock?")]
    [InlineData("lead MLE salary?", "is that base pay only or total comp?")]
    [InlineData("entry level ML engineer pay", "and is that before or after bonuses?")] // not the rung before entry level
    public async Task Salary_WhatTheFiguresInclude_SaysTheGuideDoesNotSay(string question, string followUp)
    {
        var pay = await AskAsync(question);

        var reply = await AskAsync(followUp);

        Assert.Equal(Intent.Salary, pay.Intent);
        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("My guide doesn't say what those figures include", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheFiguresInclude_AskedAlone_IsNotRefusedForIt()
    {
        var reply = await AskAsync("is it just the base salary or are there extras too?");

        Assert.DoesNotContain("what those figures include", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichOfThose_AfterAnAnswerWithoutAList_RepeatsThatAnswer()
    {
        var first = await AskAsync("what is a machine learning engineer?");

        var reply = await AskAsync("which of those is about images?");

        Assert.Equal(first.Title, reply.Title);
        Assert.DoesNotContain(reply.Paragraphs, b => b.Text.StartsWith("Of those", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Salary_APluralLevel_SwapsTheLevel()
    {
        await AskAsync("what does a mid-level ML engineer make?");
        await AskAsync("and for seniors?");

        var reply = await AskAsync("what about leads?");

        Assert.Equal((Intent.Salary, "Lead/Principal Engineer salary"), (reply.Intent, reply.Title));
    }

    [Theory]
    [InlineData("where do the two overlap?")]
    [InlineData("where do they overlap?")]
    public async Task Compare_AReferenceToBothRoles_WhichAloneReadsAsALadderQuestion_IsTheirComparison(string followUp)
    {
        await AskAsync("data scientist vs ml engineer in a nutshell?");

        var reply = await AskAsync(followUp);

        Assert.Equal(Intent.Compare, reply.Intent);
        Assert.Contains("Programming proficiency", PlainTextRenderer.RenderAnswer(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long until I can realistically make lead?")]
    [InlineData("how many years until I make senior?")]
    [InlineData("typical time to get promoted from junior to senior MLE?")] // the ladder's order is no duration either
    public async Task Salary_HowLongUntilALevel_IsNotAnsweredWithItsPay(string question)
    {
        // "$200,000-$300,000+ a year" states a rate, not how long anything takes.
        var reply = await AskAsync(question);

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("doesn't say how long that takes", Text(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("salary)", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How often do ML engineers get raises?")] // the bands say what a level pays, not how often pay rises
    [InlineData("how many times a year do MLEs get bonuses?")]
    public async Task Ask_HowOftenSomethingHappens_IsNotAnsweredWithoutAFrequency(string question)
    {
        var reply = await AskAsync(question);

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("doesn't say how often that happens", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much is the performance bonus usually worth?")] // the guide names bonuses among the benefits, with no value
    [InlineData("how much is the equity usually worth?")]
    public async Task Ask_WhatSomethingIsWorth_IsNotAnsweredWithoutAnAmount(string question)
    {
        var reply = await AskAsync(question);

        Assert.False(reply.Answered, Text(reply));
        Assert.Contains("doesn't say what that is worth", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_WhatALevelIsWorth_IsItsBand()
    {
        var reply = await AskAsync("how much is a senior MLE worth?");

        Assert.True(reply.Answered, Text(reply));
        Assert.Contains("$160,000-$200,000+", Text(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much does a senior ML engineer make?", "what's the weather like in Berlin this weekend?")]
    [InlineData("how much does a senior ML engineer make?", "what does a lead do?")]
    [InlineData("how much does a senior ML engineer make?", "and what about remote work?")]
    [InlineData("how much does a senior ML engineer make?", "what skills do I need?")]
    [InlineData("what technical skills does an ML engineer need?", "how do ML engineers differ from data scientists?")]
    [InlineData("what comes after mid?", "give me a recipe for banana bread")]
    [InlineData("how can I build practical experience?", "what is the salary range for entry level?")]
    [InlineData("how can I build practical experience?", "thanks")]
    public async Task StandaloneQuestion_AfterAnother_IsAnsweredAsIfAlone(string previous, string question)
    {
        await AskAsync(previous);

        var inConversation = await AskAsync(question);

        Assert.Equal(Text(await ShippedKnowledge.AskAsync(question)), Text(inConversation));
    }

    [Fact]
    public async Task Unanswered_DoesNotReplaceTheSubject()
    {
        await AskAsync("how much does a senior ML engineer make?");
        var refused = await AskAsync("what's the weather like in Berlin this weekend?");

        var reply = await AskAsync("and for lead?");

        Assert.False(refused.Answered);
        Assert.Equal("Lead/Principal Engineer salary", reply.Title);
    }

    [Fact]
    public async Task NoConversationId_FollowUpIsAnsweredAlone()
    {
        await ShippedKnowledge.Responder.RespondAsync(new ChatRequest("salary senior", "test"), CancellationToken.None);

        var reply = await ShippedKnowledge.Responder.RespondAsync(new ChatRequest("and for lead?", "test"), CancellationToken.None);

        Assert.NotEqual(Intent.Salary, reply.Intent);
    }

    [Fact]
    public async Task OtherConversation_OrOtherPlatform_DoesNotShareTheSubject()
    {
        await AskAsync("salary senior");

        var otherConversation = await ShippedKnowledge.Responder.RespondAsync(new ChatRequest("and for lead?", "test", ConversationId: _conversation + "-other"), CancellationToken.None);
        var otherPlatform = await ShippedKnowledge.Responder.RespondAsync(new ChatRequest("and for lead?", "other", ConversationId: _conversation), CancellationToken.None);

        Assert.NotEqual(Intent.Salary, otherConversation.Intent);
        Assert.NotEqual(Intent.Salary, otherPlatform.Intent);
    }

    private static string Text(Reply reply) => PlainTextRenderer.Render(reply);

    private async Task<Reply> AskAsync(string text) =>
        await ShippedKnowledge.Responder.RespondAsync(new ChatRequest(text, "test", "U1", _conversation), CancellationToken.None);
}
