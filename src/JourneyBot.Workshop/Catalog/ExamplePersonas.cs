namespace JourneyBot.Workshop;

/// <summary>One of the sample personas a team can load to start simple: a stable key and its profile in English.</summary>
public sealed record ExamplePersona(string Key, PersonaProfile Profile);

/// <summary>The three SaaS example personas of the method (docs/method.md, Step 1), as data.</summary>
/// <remarks>
/// The profiles are English. Loaded personas become the team's own text to edit, so the app translates when it
/// loads them: for a Korean workshop it replaces the text by resources keyed "{Key}.{field}" and passes
/// <see cref="ExamplePersona.Key"/> as <see cref="NewPersona.ExampleKey"/>, e.g.
/// <c>map.AddPersonas(actor, [.. ExamplePersonas.All.Select(e => new NewPersona(NewId(), Localize(e), e.Key))], now)</c>.
/// </remarks>
public static class ExamplePersonas
{
    public const string TechFounderKey = "techFounder";
    public const string BudgetStartupKey = "budgetStartup";
    public const string NonTechnicalManagerKey = "nonTechnicalManager";

    /// <summary>The three examples, in the order docs/method.md gives them.</summary>
    public static IReadOnlyList<ExamplePersona> All { get; } =
    [
        new(TechFounderKey, new PersonaProfile
        {
            Name = "Tech-minded founder",
            Demographics = new Demographics
            {
                AgeRange = "25-35",
                Location = "Urban",
            },
            Firmographics = new Firmographics
            {
                CompanySize = "1-10 employees",
                Industry = "B2B software",
                TechStack = "GitHub, AWS, Slack, Notion",
            },
            Role = new PersonaRole
            {
                JobTitle = "Founder",
                ReportsTo = "Investors and the board",
            },
            Behaviour = new PersonaBehaviour
            {
                WebActivity = "Reads the product docs and changelog before the pricing page; compares tools on Reddit, Hacker News and G2.",
                PurchaseHistory = "Starts free trials with a credit card; moves to a paid monthly plan once the team depends on a tool.",
                ProductUsage = "Connects it to the other tools on day one, uses it daily and invites the team within the first week.",
                SupportContacts = "Rarely contacts support: searches the docs and the community forum first, and opens a ticket only for bugs.",
            },
            Goals = "Ship the product faster with a small team; automate repetitive work; choose tools that grow with the company without a migration later.",
            PainPoints = "A sales call just to see the price; tools that take days to set up; missing APIs and integrations; costs that jump without warning as usage grows.",
            PreferredChannels = "Email, social media, forums",
            TypicalQuestions = "Is there an API and a free tier? Does it work with the tools we already use? What happens to the price when we grow from 5 to 50 users?",
            DayInTheLife = "Mornings on product and code, afternoons on customer and investor calls; tries new tools late in the evening, hands-on, in a trial account.",
            TriggerEvents = "A new funding round, the first hires joining, or a workaround that broke once too often.",
        }),
        new(BudgetStartupKey, new PersonaProfile
        {
            Name = "Budget-conscious startup",
            Demographics = new Demographics
            {
                AgeRange = "35-45",
            },
            Firmographics = new Firmographics
            {
                CompanySize = "1-5 employees",
                Industry = "Small services business (e.g. design studio, bookkeeping office)",
                TechStack = "Spreadsheets, email, a free accounting tool",
            },
            Role = new PersonaRole
            {
                JobTitle = "Owner",
            },
            Behaviour = new PersonaBehaviour
            {
                WebActivity = "Searches for free and cheapest options; reads comparison articles and reviews before visiting a vendor's site.",
                PurchaseHistory = "Stays on free plans as long as possible; pays yearly only for a clear discount; has cancelled tools that raised their prices.",
                ProductUsage = "Uses a few core features every week, avoids paid add-ons, and shares one account where the licence allows it.",
                SupportContacts = "Prefers to phone and talk to a person; expects a quick answer without paying for a support plan.",
            },
            Goals = "Keep costs predictable; get more done without hiring; see every subscription pay for itself within a few months.",
            PainPoints = "Per-user prices that grow faster than revenue; hidden fees and long contracts; no time to learn complex tools; support only on the expensive plans.",
            PreferredChannels = "Phone, email, in-person meetings",
            TypicalQuestions = "What does it cost in total per year? Is there a discount for small companies? Can we cancel at any time? Who helps us set it up?",
            DayInTheLife = "Handles sales, client work and the books in the same day; decides on purchases between jobs, often on the phone, and checks every invoice.",
            TriggerEvents = "A price rise on the current tool, a client lost to a slow process, or the end of a free plan.",
        }),
        new(NonTechnicalManagerKey, new PersonaProfile
        {
            Name = "Non-technical manager",
            Demographics = new Demographics
            {
                AgeRange = "45-55",
            },
            Firmographics = new Firmographics
            {
                CompanySize = "11-50 employees",
                Industry = "Manufacturing",
                TechStack = "ERP system, Excel, email",
            },
            Role = new PersonaRole
            {
                JobTitle = "Manager",
                ReportsTo = "Managing director",
            },
            Behaviour = new PersonaBehaviour
            {
                WebActivity = "Visits a vendor's site after a colleague recommends it and reads case studies from the same industry; rarely uses social media for work.",
                PurchaseHistory = "Buys through the purchasing department after a quote and a demo; keeps long contracts with a few trusted vendors.",
                ProductUsage = "Looks at reports and dashboards every week; leaves setup and changes to a colleague or the vendor.",
                SupportContacts = "Calls the account manager or the support line and wants the same contact person every time.",
            },
            Goals = "Keep production and deliveries on schedule; give the managing director clear figures; bring in new tools without disrupting the team.",
            PainPoints = "Software and sales pitches full of jargon; long training for the team; not knowing whom to call when something breaks; changes that interrupt running production.",
            PreferredChannels = "Phone, mail",
            TypicalQuestions = "Who trains my team? Does it work with our ERP? Can I talk to a customer in our industry? What support is included?",
            DayInTheLife = "Starts with the production meeting, spends the day on the phone sorting out supplier and staffing issues, and reviews the reports every Friday.",
            TriggerEvents = "An audit or a customer complaint that exposes spreadsheet errors, a key employee retiring, or the managing director asking for better reports.",
        }),
    ];
}
